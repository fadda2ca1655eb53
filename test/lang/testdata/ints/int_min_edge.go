// Edge cases around the most negative integers: negation, abs, division and conversion.
package main

import (
	"fmt"
	"math"
)

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	var m int64 = math.MinInt64
	fmt.Println(m, -m, abs(m), m/-1, m%-1, m-1, m*-1)
	var m8 int8 = math.MinInt8
	fmt.Println(m8, -m8, m8/-1, m8*m8, m8-1, uint8(m8))
	var m32 int32 = math.MinInt32
	fmt.Println(m32/2, m32>>1, m32>>31, -m32, uint32(m32))
	fmt.Println(uint64(m), uint64(m)>>63, int64(uint64(m)))
	x := math.MaxInt64
	fmt.Println(x+1 == math.MinInt64, -x-1 == math.MinInt64)
}
