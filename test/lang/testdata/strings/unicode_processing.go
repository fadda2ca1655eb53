// Rune-level processing: counting letters by class, case folding and rune widths.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Héllo, Wörld! 123 日本語 🙂 ΑΒΓ"
	var letters, digits, spaces, upper, other int
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		default:
			other++
		}
	}
	fmt.Println(letters, digits, spaces, upper, other, len(s), utf8.RuneCountInString(s))
	widths := map[int]int{}
	for _, r := range s {
		widths[utf8.RuneLen(r)]++
	}
	fmt.Println(widths)
	fmt.Println(strings.ToUpper(s))
	fmt.Println(strings.ToLower(s))
	var sb strings.Builder
	for i, r := range s {
		if i%3 == 0 {
			sb.WriteRune(unicode.ToUpper(r))
		} else {
			sb.WriteRune(r)
		}
	}
	fmt.Println(sb.String())
}
