// strings: Title-case by hand, ContainsFunc-free helpers, Index with unicode.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		for j := 1; j < len(r); j++ {
			r[j] = unicode.ToLower(r[j])
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line == "" {
			line = w
		} else if len(line)+1+len(w) <= width {
			line += " " + w
		} else {
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func main() {
	fmt.Println(titleCase("hELLO wORLD élan über"))
	for _, l := range wrap("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore", 20) {
		fmt.Printf("|%-20s|\n", l)
	}
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("日本語", "語"), strings.IndexByte("日本語", 0xe8))
}
