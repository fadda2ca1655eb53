// unicode/utf8: decoding truncated, overlong and surrogate sequences; FullRune; encoding.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	cases := [][]byte{{}, {0xe4}, {0xe4, 0xb8}, {0xe4, 0xb8, 0x96}, {0xe0, 0x80}, {0xed, 0xa0, 0x80}, {0xf4, 0x90}, {0xf0, 0x9f, 0x98}, {0xf0, 0x9f, 0x98, 0x80}, {0xc0, 0x80}, {0x80}, {0xff}, {0xc3, 0xa9, 0x80}, {0x80, 0x80, 0x80, 0x80, 0x80}, {'a', 0xf0, 0x9f}}
	for _, c := range cases {
		big := append(append([]byte{}, c...), 0x80, 0x80, 0x80)
		r, n := utf8.DecodeRune(c)
		lr, ln := utf8.DecodeLastRune(c)
		fmt.Println(r, n, lr, ln, utf8.FullRune(c), utf8.FullRune(big[:len(c)]), utf8.RuneCount(c), utf8.Valid(c), utf8.ValidString(string(c)), utf8.RuneCountInString(string(c)), utf8.FullRuneInString(string(c)))
		r, n = utf8.DecodeRuneInString(string(c))
		lr, ln = utf8.DecodeLastRuneInString(string(c))
		fmt.Println(r, n, lr, ln)
	}
	for _, r := range []rune{-1, 0, 0x7f, 0x80, 0x7ff, 0x800, 0xd800, 0xffff, 0x10000, 0x10ffff, 0x110000} {
		fmt.Println(utf8.RuneLen(r), utf8.AppendRune(nil, r))
	}
}
