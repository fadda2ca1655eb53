// A small regular-expression matcher (Kernighan & Pike) extended with + and ?, run over a table.
package main

import "fmt"

func match(re, text string) bool {
	if len(re) > 0 && re[0] == '^' {
		return matchHere(re[1:], text)
	}
	for {
		if matchHere(re, text) {
			return true
		}
		if text == "" {
			return false
		}
		text = text[1:]
	}
}

func matchHere(re, text string) bool {
	switch {
	case re == "":
		return true
	case len(re) >= 2 && re[1] == '*':
		return matchStar(re[0], re[2:], text)
	case len(re) >= 2 && re[1] == '+':
		return text != "" && (re[0] == '.' || re[0] == text[0]) && matchStar(re[0], re[2:], text[1:])
	case len(re) >= 2 && re[1] == '?':
		if text != "" && (re[0] == '.' || re[0] == text[0]) && matchHere(re[2:], text[1:]) {
			return true
		}
		return matchHere(re[2:], text)
	case re == "$":
		return text == ""
	case text != "" && (re[0] == '.' || re[0] == text[0]):
		return matchHere(re[1:], text[1:])
	}
	return false
}

func matchStar(c byte, re, text string) bool {
	for {
		if matchHere(re, text) {
			return true
		}
		if text == "" || (c != '.' && text[0] != c) {
			return false
		}
		text = text[1:]
	}
}

func main() {
	cases := [][2]string{
		{"abc", "xxabcxx"}, {"^abc", "xxabc"}, {"^ab*c$", "ac"}, {"^ab*c$", "abbbc"}, {"^ab+c$", "ac"},
		{"colou?r", "the color red"}, {"colou?r", "the colour red"}, {"a.c", "abc"}, {"a.*z$", "abcz"},
		{"^$", ""}, {"x+y", "xxxy"}, {"^.+$", ""}, {"go+gle", "gooooogle"}, {"q?u", "ux"},
	}
	for _, c := range cases {
		fmt.Printf("%-10s %-18q %v\n", c[0], c[1], match(c[0], c[1]))
	}
}
