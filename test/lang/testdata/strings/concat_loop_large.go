// Building a long string by repeated concatenation and checking its content.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := ""
	for i := 0; i < 2000; i++ {
		s += string(rune('a' + i%26))
	}
	fmt.Println(len(s), s[:30], s[len(s)-5:], strings.Count(s, "xyz"))
	parts := make([]string, 0, 500)
	for i := 0; i < 500; i++ {
		parts = append(parts, fmt.Sprint(i))
	}
	joined := strings.Join(parts, ",")
	fmt.Println(len(joined), joined[:20], strings.LastIndex(joined, ",49"))
	var sb strings.Builder
	for i := 0; i < 1000; i++ {
		sb.WriteString("ab")
	}
	fmt.Println(sb.Len(), strings.Count(sb.String(), "ba"))
}
