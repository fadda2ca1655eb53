// Building strings byte by byte and reversing runes.
package main

import (
	"fmt"
	"strings"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	t := b.String()
	return t == reverse(t)
}

func main() {
	fmt.Println(reverse("Hello, 世界"), reverse(""), reverse("a"))
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "No lemon, no melon"} {
		fmt.Println(s, isPalindrome(s))
	}
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "[%d]", i*i)
	}
	sb.WriteByte('!')
	sb.WriteString("end")
	fmt.Println(sb.String(), sb.Len())
}
