// Comparisons and conversions around the sign boundary.
package main

import "fmt"

func main() {
	var a int32 = -1
	var b uint32 = uint32(a)
	fmt.Println(a < 0, b > 0, b, int64(b), int64(a))
	var c int64 = -1
	fmt.Println(uint64(c) > 1<<63, uint32(c), uint16(c), uint8(c))
	vals := []int16{-32768, -1, 0, 1, 32767}
	for _, v := range vals {
		fmt.Println(v, uint16(v), int8(v), uint8(v), int32(v)*int32(v), v*v)
	}
	var u8 uint8 = 0
	u8--
	var i8 int8 = int8(u8)
	fmt.Println(u8, i8, ^u8, -i8)
	x := 5
	y := -3
	fmt.Println(x%y, -x%y, x/y, -x/y, uint(x)%3)
}
