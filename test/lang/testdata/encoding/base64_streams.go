// encoding/base64: NewDecoder and NewEncoder, decoding errors, alphabet and padding panics.
package main

import (
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	for _, s := range []string{"QQ==QQ==", "QUJD\nREVG", "QUJ", "QU", "Q", "QUJDR===", "QUJD!EVG", "QQ=\n=", "QQ==\n", "QQ==x", "QUI=QUI="} {
		out, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader(s)))
		fmt.Printf("%q %q %v\n", s, out, err)
		out, err = io.ReadAll(base64.NewDecoder(base64.RawStdEncoding, strings.NewReader(s)))
		fmt.Printf("raw %q %v\n", out, err)
		b, err := base64.StdEncoding.DecodeString(s)
		fmt.Printf("ds %q %v\n", b, err)
	}
	e := base64.NewEncoder(base64.URLEncoding, os.Stdout)
	e.Write([]byte("ab"))
	e.Write([]byte("cde\xff\xfe"))
	e.Close()
	fmt.Println()
	fmt.Println(base64.StdEncoding.EncodedLen(5), base64.RawStdEncoding.EncodedLen(5), base64.StdEncoding.DecodedLen(8), base64.RawStdEncoding.DecodedLen(7))
	fmt.Println(base64.CorruptInputError(5))
	f := func(x string) (r any) {
		defer func() { r = recover() }()
		base64.NewEncoding(x)
		return nil
	}
	fmt.Println(f("abc"), f(strings.Repeat("a", 63)+"\n"))
	g := func(p rune) (r any) {
		defer func() { r = recover() }()
		base64.StdEncoding.WithPadding(p)
		return nil
	}
	fmt.Println(g('\n'), g('A'), g(300), g('*'))
}
