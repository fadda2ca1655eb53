// unicode/utf8: decoding, encoding, validity and counting.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé世𝄞\xff"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("ok"))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d %q %d\n", i, r, size)
		i += size
	}
	r, size := utf8.DecodeLastRuneInString(s[:len(s)-1])
	fmt.Println(string(r), size)
	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'é', '世', '𝄞', -1, 0xD800} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U % x %d %d\n", r, buf[:n], utf8.RuneLen(r), n)
	}
	fmt.Println(utf8.RuneCount([]byte("héllo")), utf8.Valid([]byte{0xe4, 0xb8}), utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0x80))
	b := utf8.AppendRune(nil, '世')
	fmt.Println(b, utf8.ValidRune(0x10FFFF), utf8.ValidRune(0x110000), utf8.UTFMax, utf8.RuneSelf)
	r2, sz2 := utf8.DecodeRune([]byte{0xc0, 0x80})
	fmt.Println(r2, sz2)
}
