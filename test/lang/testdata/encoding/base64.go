// encoding/base64: Std, URL, Raw encodings and decoding errors.
package main

import (
	"encoding/base64"
	"fmt"
)

func main() {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd?>"} {
		fmt.Printf("%q %s %s %s %s\n", s, base64.StdEncoding.EncodeToString([]byte(s)), base64.URLEncoding.EncodeToString([]byte(s)),
			base64.RawStdEncoding.EncodeToString([]byte(s)), base64.RawURLEncoding.EncodeToString([]byte(s)))
	}
	d, err := base64.StdEncoding.DecodeString("Zm9vYmFy")
	fmt.Println(string(d), err)
	_, err = base64.StdEncoding.DecodeString("Zm9vYmF")
	fmt.Println(err)
	_, err = base64.StdEncoding.DecodeString("Zm9v!mFy")
	fmt.Println(err)
	d, err = base64.RawURLEncoding.DecodeString("__79")
	fmt.Println(d, err)
	fmt.Println(base64.StdEncoding.EncodedLen(10), base64.RawStdEncoding.EncodedLen(10), base64.StdEncoding.DecodedLen(16))
}
