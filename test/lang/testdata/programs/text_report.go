// Text formatting: word frequencies, aligned histogram, centered titles and wrapped paragraphs.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair.`

func center(s string, w int) string {
	if len(s) >= w {
		return s
	}
	left := (w - len(s)) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", w-len(s)-left)
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range freq {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	fmt.Println("[" + center("WORD FREQUENCIES", 40) + "]")
	for _, e := range list[:10] {
		bar := strings.Repeat("#", e.v)
		fmt.Printf("%-12s|%-12s|%3d|%5.1f%%\n", e.k, bar, e.v, 100*float64(e.v)/float64(len(words)))
	}
	fmt.Println(len(words), len(freq))
	longest := ""
	for _, w := range words {
		if len(w) > len(longest) || (len(w) == len(longest) && w < longest) {
			longest = w
		}
	}
	fmt.Printf("longest=%q caps=%s\n", longest, strings.ToUpper(longest[:1])+longest[1:])
	var lines []string
	cur := ""
	for _, w := range strings.Fields(text) {
		if len(cur)+len(w)+1 > 30 && cur != "" {
			lines = append(lines, cur)
			cur = ""
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	lines = append(lines, cur)
	for i, l := range lines {
		fmt.Printf("%2d> %-30s <%d\n", i+1, l, len(l))
	}
}
