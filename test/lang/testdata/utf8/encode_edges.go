// unicode/utf8: RuneStart, ValidRune, EncodeRune panics on a short buffer.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, b := range []byte{0, 0x7f, 0x80, 0xbf, 0xc0, 0xff} {
		fmt.Print(utf8.RuneStart(b), " ")
	}
	for _, r := range []rune{-1, 0, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0x10ffff, 0x110000} {
		fmt.Print(utf8.ValidRune(r), " ")
	}
	p := make([]byte, 4)
	fmt.Println(utf8.EncodeRune(p, 0x10ffff), p, utf8.EncodeRune(p, -5), p, utf8.AppendRune([]byte("a"), 'é'))
	defer func() { fmt.Println(recover()) }()
	utf8.EncodeRune(p[:2], '世')
}
