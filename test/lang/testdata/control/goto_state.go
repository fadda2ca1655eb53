// A goto-based state machine parsing numbers.
package main

import "fmt"

func parseNum(s string) (int, bool) {
	i, n, sign := 0, 0, 1
	if len(s) == 0 {
		goto fail
	}
	if s[0] == '-' {
		sign = -1
		i++
	}
	if i >= len(s) {
		goto fail
	}
digits:
	if i < len(s) {
		c := s[i]
		if c < '0' || c > '9' {
			goto fail
		}
		n = n*10 + int(c-'0')
		i++
		goto digits
	}
	return sign * n, true
fail:
	return 0, false
}

func main() {
	for _, s := range []string{"123", "-45", "", "-", "12a", "0"} {
		n, ok := parseNum(s)
		fmt.Printf("%q %d %v\n", s, n, ok)
	}
}
