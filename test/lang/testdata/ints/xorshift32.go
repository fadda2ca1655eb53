// 32-bit generators and hashes: xorshift32, LCG, FNV-1a and Murmur-style mixing.
package main

import "fmt"

func xorshift32(s uint32) uint32 {
	s ^= s << 13
	s ^= s >> 17
	s ^= s << 5
	return s
}

func fnv32a(b string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(b); i++ {
		h ^= uint32(b[i])
		h *= 16777619
	}
	return h
}

func mix(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

func main() {
	s := uint32(2463534242)
	for i := 0; i < 5; i++ {
		s = xorshift32(s)
		fmt.Print(s, " ")
	}
	fmt.Println()
	var lcg uint32 = 1
	for i := 0; i < 5; i++ {
		lcg = lcg*1664525 + 1013904223
		fmt.Printf("%08x ", lcg)
	}
	fmt.Println()
	for _, w := range []string{"", "a", "foobar", "Amigo"} {
		fmt.Println(w, fnv32a(w), mix(fnv32a(w)))
	}
	var i32 int32 = 0x7FFFFFFF
	i32 += 0x7FFFFFFF
	big, neg := uint32(3000000000), int32(-1)
	fmt.Println(i32, int32(big), uint32(neg))
}
