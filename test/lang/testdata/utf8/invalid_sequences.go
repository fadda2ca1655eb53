// Invalid UTF-8: overlong encodings, surrogates, truncated sequences and their decoding.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	cases := []string{"\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82", "\x80", "ok\xffok", "\xf0\x9f\x98\x80"}
	for _, c := range cases {
		r, size := utf8.DecodeRuneInString(c)
		var rs []rune
		for _, x := range c {
			rs = append(rs, x)
		}
		fmt.Printf("%+q valid=%v first=%U/%d runes=%U count=%d\n", c, utf8.ValidString(c), r, size, rs, utf8.RuneCountInString(c))
	}
	fmt.Println(string([]rune{0xD800, 0x110000, -5}) == "\uFFFD\uFFFD\uFFFD")
}
