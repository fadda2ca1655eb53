// uint64 arithmetic is exact across the whole range, including the high bit.
package main

import "fmt"

func mulmod(a, b, m uint64) uint64 {
	var r uint64
	a %= m
	for b > 0 {
		if b&1 == 1 {
			r = (r + a) % m
		}
		a = (a * 2) % m
		b >>= 1
	}
	return r
}

func main() {
	var x uint64 = 0x9E3779B97F4A7C15
	fmt.Println(x, x*x, x*3, x+x, x-x-1)
	var state uint64 = 88172645463325252
	for i := 0; i < 5; i++ {
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		fmt.Println(state, state%1000, state>>60)
	}
	fmt.Println(mulmod(1<<63+5, 1<<62+3, 1000000007))
	big := uint64(1) << 63
	fmt.Println(big, big-1, big/3, big%3, big > big-1, big*2)
	var h uint64 = 14695981039346656037
	for _, c := range []byte("hello") {
		h ^= uint64(c)
		h *= 1099511628211
	}
	fmt.Println(h)
	fmt.Printf("%d %x %o\n", h, h, h>>40)
	a := uint64(18446744073709551615)
	fmt.Println(a/2, a/4294967296, a%4294967296, a/18446744073709551614)
}
