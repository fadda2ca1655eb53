package main

// generated.go with Longest(): leftmost-longest matches. Generated cases (a fixed linear
// congruential sequence, seed below): random patterns over a
// small alphabet, matched against random inputs; every submatch index and replacement printed.
// scripts/fuzz-regexp.ts runs generated.go with other seeds against real Go.

import (
	"fmt"
	"regexp"
)

const seed = 5

var state uint32 = seed

func next(n int) int {
	state = state*1664525 + 1013904223
	return int(state>>8) % n
}

func atom(depth int) string {
	switch k := next(14); {
	case k < 4:
		return []string{"a", "b", "c", " ", "é"}[next(5)]
	case k == 4:
		return "."
	case k == 5:
		return []string{"[ab]", "[^a]", `\w`, `\s`, "[a-c]", `\W`, "[[:alpha:]]", `[^\n]`}[next(8)]
	case k == 6:
		return []string{"^", "$", `\b`, `\B`, `\A`, `\z`, "(?m:^)", "(?m:$)"}[next(8)]
	case k == 7 && depth < 3:
		return "(" + expr(depth+1) + ")"
	case k == 8 && depth < 3:
		return "(?:" + expr(depth+1) + ")"
	case k == 9 && depth < 3:
		return "(?i:" + expr(depth+1) + ")"
	}
	return string(rune('a' + next(3)))
}

func piece(depth int) string {
	a := atom(depth)
	if a == "^" || a == "$" || a[0] == '\\' && (a[1] == 'b' || a[1] == 'B' || a[1] == 'A' || a[1] == 'z') || a[0] == '(' && a[1] == '?' && a[2] == 'm' {
		return a
	}
	switch next(9) {
	case 0:
		return a + "*"
	case 1:
		return a + "+"
	case 2:
		return a + "?"
	case 3:
		return a + "*?"
	case 4:
		return a + "{1,2}"
	case 5:
		return a + "+?"
	}
	return a
}

func expr(depth int) string {
	s := ""
	for n := 1 + next(3); n > 0; n-- {
		s += piece(depth)
	}
	if next(4) == 0 {
		s += "|" + expr(depth+1)
	}
	return s
}

func input() string {
	s := ""
	for n := next(9); n > 0; n-- {
		s += []string{"a", "b", "c", " ", "\n", "A", "é", "ab"}[next(8)]
	}
	return s
}

func main() {
	for i := 0; i < 400; i++ {
		p := expr(0)
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Printf("%q: %v\n", p, err)
			continue
		}
		re.Longest()
		for j := 0; j < 4; j++ {
			s := input()
			fmt.Printf("%q %q %v %q\n", p, s, re.FindAllStringSubmatchIndex(s, -1), re.ReplaceAllString(s, "<$1>"))
		}
	}
}
