package main

// Generated cases (a fixed linear congruential sequence): random references resolved against
// random bases, and random strings parsed, escaped and unescaped.

import (
	"fmt"
	"net/url"
)

var state uint32 = 12345

func next(n int) int {
	state = state*1103515245 + 12345
	return int(state>>16) % n
}

func pathOf(parts []string, n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += parts[next(len(parts))]
	}
	return s
}

func main() {
	segs := []string{"/", "a", "b", ".", "..", "/", "//", "%2F", "c/"}
	for i := 0; i < 300; i++ {
		base := "http://h" + pathOf(segs, next(6))
		if base == "http://h" || base[8] != '/' {
			base = "http://h/" + base[8:]
		}
		ref := pathOf(segs, next(6))
		b, err1 := url.Parse(base)
		r, err2 := url.Parse(ref)
		if err1 != nil || err2 != nil {
			fmt.Println(base, ref, err1, err2)
			continue
		}
		fmt.Printf("%q + %q = %q\n", base, ref, b.ResolveReference(r).String())
	}
	chars := []string{"a", "Z", "0", ":", "/", "?", "#", "@", "%", "%41", "%zz", "[", "]", "+", " ", "&", "=", ";", "é", ".", "-", "*", "'", "!", "\\", "~"}
	for i := 0; i < 400; i++ {
		s := pathOf(chars, next(12))
		if next(3) == 0 {
			s = "http://" + s
		}
		u, err := url.Parse(s)
		if err != nil {
			fmt.Printf("%q: %v\n", s, err)
		} else {
			fmt.Printf("%q: %q %q %q %q %q %q\n", s, u.String(), u.Host, u.Path, u.RawQuery, u.Fragment, u.Query().Encode())
		}
		q, qerr := url.QueryUnescape(s)
		p, perr := url.PathUnescape(s)
		fmt.Printf("  %q %q %q %v %q %v\n", url.QueryEscape(s), url.PathEscape(s), q, qerr, p, perr)
	}
}
