// strings: Contains*, Index*, LastIndex*, Count, HasPrefix/Suffix, Cut.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, ""), strings.ContainsRune(s, 'q'))
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "zzz"), strings.Index(s, ""))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"), strings.LastIndexByte("abcabc", 'b'))
	fmt.Println(strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.IndexFunc("hello 世界", func(r rune) bool { return r > 127 }), strings.LastIndexFunc("a1b2c", unicode.IsDigit))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.HasPrefix(s, "the"), strings.HasSuffix(s, "dog"), strings.HasPrefix("", ""))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("σ", "Σ"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
}
