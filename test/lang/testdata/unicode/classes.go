// unicode: classification and case mapping across scripts.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\t', 'é', 'Σ', 'ß', '世', '٣', '!', '_', '\u00a0', '\u2028', 'ǅ', '𝔸', 0x10FFFF} {
		fmt.Printf("%U %q L%v U%v l%v D%v N%v S%v P%v G%v C%v T%v %q %q %q\n", r, r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r), unicode.IsNumber(r),
			unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsGraphic(r), unicode.IsControl(r), unicode.IsTitle(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.In('α', unicode.Greek, unicode.Cyrillic), unicode.IsSymbol('+'), unicode.IsMark('\u0301'))
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('a'), unicode.SimpleFold('k'), unicode.SimpleFold('\u212A'), unicode.MaxRune, unicode.ReplacementChar)
}
