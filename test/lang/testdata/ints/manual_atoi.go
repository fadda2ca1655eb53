// Parsing integers by hand with overflow detection at 64 bits.
package main

import (
	"errors"
	"fmt"
)

var errOverflow = errors.New("overflow")
var errSyntax = errors.New("syntax")

func atoi64(s string) (int64, error) {
	if s == "" {
		return 0, errSyntax
	}
	neg := false
	if s[0] == '-' || s[0] == '+' {
		neg = s[0] == '-'
		s = s[1:]
		if s == "" {
			return 0, errSyntax
		}
	}
	var u uint64
	for i := 0; i < len(s); i++ {
		d := s[i] - '0'
		if d > 9 {
			return 0, errSyntax
		}
		if u > (1<<63)/10 {
			return 0, errOverflow
		}
		u = u*10 + uint64(d)
		if u > 1<<63 {
			return 0, errOverflow
		}
	}
	if !neg && u == 1<<63 {
		return 0, errOverflow
	}
	if neg {
		return -int64(u), nil
	}
	return int64(u), nil
}

func main() {
	for _, s := range []string{"0", "123", "-123", "+7", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551616", "12x", "-", ""} {
		v, err := atoi64(s)
		fmt.Printf("%-22q %d %v\n", s, v, err)
	}
}
