// Number formatting utilities: Roman numerals, base conversion, thousands separators.
package main

import (
	"fmt"
	"strings"
)

func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var sb strings.Builder
	for i, v := range vals {
		for n >= v {
			sb.WriteString(syms[i])
			n -= v
		}
	}
	return sb.String()
}

func fromRoman(s string) int {
	m := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := m[s[i]]
		if i+1 < len(s) && m[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func toBase(n uint64, b int) string {
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	if n == 0 {
		return "0"
	}
	var buf []byte
	for n > 0 {
		buf = append([]byte{digits[n%uint64(b)]}, buf...)
		n /= uint64(b)
	}
	return string(buf)
}

func commas(n int64) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	out := strings.Join(parts, ",")
	if neg {
		out = "-" + out
	}
	return out
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		r := roman(n)
		fmt.Println(n, r, fromRoman(r))
	}
	for _, b := range []int{2, 8, 16, 36} {
		fmt.Println(b, toBase(255, b), toBase(18446744073709551615, b))
	}
	for _, n := range []int64{0, 999, 1000, -1234567, 9223372036854775807} {
		fmt.Println(commas(n))
	}
}
