// Bit tricks by hand: popcount, lowest set bit, power-of-two checks, bit reversal.
package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverse8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func main() {
	for _, x := range []uint64{0, 1, 3, 255, 1 << 63, 0xAAAAAAAAAAAAAAAA, 18446744073709551615} {
		fmt.Println(x, popcount(x), x&-x, x != 0 && x&(x-1) == 0)
	}
	for _, b := range []uint8{1, 2, 0x0F, 0xA5, 0x80} {
		fmt.Printf("%08b -> %08b\n", b, reverse8(b))
	}
	var i int64 = -40
	fmt.Println(i&-i, i>>2, uint64(i)>>60, -i&7)
	gray := func(n uint) uint { return n ^ n>>1 }
	for n := uint(0); n < 8; n++ {
		fmt.Printf("%03b ", gray(n))
	}
	fmt.Println()
}
