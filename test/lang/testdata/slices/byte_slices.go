// []byte manipulation: in-place upper-casing, trimming, splitting by hand, conversions.
package main

import "fmt"

func upperInPlace(b []byte) {
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
}

func trim(b []byte) []byte {
	for len(b) > 0 && b[0] == ' ' {
		b = b[1:]
	}
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return b
}

func main() {
	s := "  hello, world  "
	b := []byte(s)
	upperInPlace(b)
	t := trim(b)
	fmt.Printf("%q %q %q %d %d\n", s, b, t, len(t), cap(t))
	var parts [][]byte
	start := 0
	for i, c := range t {
		if c == ',' {
			parts = append(parts, t[start:i])
			start = i + 1
		}
	}
	parts = append(parts, t[start:])
	fmt.Printf("%q\n", parts)
	parts[1][1] = 'w'
	fmt.Println(string(b))
	fmt.Println(string(append([]byte("abc"), 'd')), []byte("é"), string([]byte(nil)) == "")
}
