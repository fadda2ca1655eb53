// Signed 64-bit multiplication, hashing and comparison near the limits.
package main

import "fmt"

func hash(s string) int64 {
	var h int64 = 1125899906842597
	for i := 0; i < len(s); i++ {
		h = 31*h + int64(s[i])
	}
	return h
}

func main() {
	for _, s := range []string{"", "a", "hello world", "the quick brown fox jumps over the lazy dog"} {
		fmt.Println(s, hash(s))
	}
	a := int64(3037000499)
	fmt.Println(a*a, (a+1)*(a+1), -a*a)
	var p int64 = 1
	for i := 1; i <= 25; i++ {
		p *= int64(i)
		fmt.Print(p, " ")
	}
	fmt.Println()
	x := int64(-9223372036854775807) - 1
	fmt.Println(x < 0, x-1 > 0, x+x, x*-1, x/2)
}
