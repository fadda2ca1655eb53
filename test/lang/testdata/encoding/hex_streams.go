// encoding/hex: Decode errors, NewDecoder, NewEncoder, Dump and Dumper.
package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	for _, s := range []string{"", "0", "g", "0g", "g0", "abc", "abg", "zz1", "4142", "41424", "414g4", "ABCDEF", "\xff1", "1\x00"} {
		dst := make([]byte, 10)
		n, err := hex.Decode(dst, []byte(s))
		b, err2 := hex.DecodeString(s)
		fmt.Printf("%q %d %v %x %q %v\n", s, n, err, dst[:n], b, err2)
		out, err3 := io.ReadAll(hex.NewDecoder(strings.NewReader(s)))
		fmt.Printf("dec %q %v\n", out, err3)
	}
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ\x00\x7f\x80 ~")))
	fmt.Print(hex.Dump(bytes.Repeat([]byte("ab"), 16)))
	fmt.Printf("%q\n", hex.Dump(nil))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopqrstu"))
	d.Close()
	d.Close()
	e := hex.NewEncoder(os.Stdout)
	e.Write([]byte("hi\xff"))
	fmt.Println(hex.EncodeToString([]byte{0, 255, 16}), hex.EncodedLen(3), hex.DecodedLen(5))
	dst := make([]byte, 4)
	fmt.Println(hex.Encode(dst, []byte{1, 2}), dst, hex.InvalidByteError('x'), hex.InvalidByteError(0x01), hex.ErrLength)
}
