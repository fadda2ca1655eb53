// encoding/hex: EncodeToString, DecodeString, errors, Dump.
package main

import (
	"encoding/hex"
	"fmt"
)

func main() {
	src := []byte("Hello Gopher! \x00\xff")
	enc := hex.EncodeToString(src)
	fmt.Println(enc)
	dec, err := hex.DecodeString(enc)
	fmt.Println(string(dec) == string(src), err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	dst := make([]byte, hex.EncodedLen(3))
	hex.Encode(dst, []byte{1, 2, 255})
	fmt.Println(string(dst), hex.DecodedLen(10))
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))
	d2, err := hex.DecodeString("DEADbeef")
	fmt.Println(d2, err)
}
