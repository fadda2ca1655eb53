package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 40; i++ {
		b.WriteString("abcdefghij"[:i%7])
		b.WriteRune('é')
		b.WriteByte('x')
		fmt.Print(b.Len(), ":", b.Cap(), " ")
	}
	b.Grow(1000)
	fmt.Println(b.Cap())
	fmt.Println(strings.Map(func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}, "education"))
}
