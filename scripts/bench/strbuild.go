// String building and scanning: strconv, strings.Builder, Split/Join/Fields, byte loops, maps of strings.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	words := []string{"amigo", "node", "service", "import", "state", "block", "land", "call", "peer", "hash"}
	var b strings.Builder
	for i := 0; i < 600000; i++ {
		b.WriteString(words[(i*7)%len(words)])
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(i % 1000))
		if i%16 == 15 {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
	}
	text := b.String()
	counts := map[string]int{}
	lines := strings.Split(text, "\n")
	for _, line := range lines {
		for _, f := range strings.Fields(line) {
			counts[f]++
		}
	}
	upper := 0
	for _, line := range lines[:2000] {
		u := strings.ToUpper(line)
		upper += strings.Count(u, "A")
	}
	var out []string
	for _, w := range words {
		out = append(out, w+"="+strconv.Itoa(counts[w]))
	}
	vowels := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case 'a', 'e', 'i', 'o', 'u':
			vowels++
		}
	}
	fmt.Println(len(text), len(lines), len(counts), upper, vowels)
	fmt.Println(strings.Join(out, ","))
}
