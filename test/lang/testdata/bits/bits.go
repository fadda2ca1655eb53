// math/bits: counting, rotating, reversing, and full-width arithmetic.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint64{0, 1, 0xFF, 0x8000000000000000, 0xDEADBEEF, 18446744073709551615} {
		fmt.Println(x, bits.OnesCount64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len64(x))
	}
	fmt.Println(bits.OnesCount8(0xF0), bits.OnesCount16(0xFFFF), bits.OnesCount32(7), bits.OnesCount(255))
	fmt.Println(bits.LeadingZeros8(1), bits.LeadingZeros16(1), bits.LeadingZeros32(1), bits.TrailingZeros8(0), bits.TrailingZeros32(0))
	fmt.Printf("%x %x %x %x\n", bits.RotateLeft64(0x0123456789ABCDEF, 8), bits.RotateLeft64(0x0123456789ABCDEF, -8), bits.RotateLeft32(0x80000001, 1), bits.RotateLeft8(0x81, 3))
	fmt.Printf("%x %x %x %x\n", bits.Reverse64(1), bits.Reverse8(0x01), bits.ReverseBytes32(0x11223344), bits.ReverseBytes64(0x0102030405060708))
	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(18446744073709551615, 1, 0)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	h32, l32 := bits.Mul32(0xFFFFFFFF, 2)
	fmt.Println(h32, l32, bits.Len(8), bits.UintSize)
	fmt.Println(bits.Rem64(5, 7, 13))
}
