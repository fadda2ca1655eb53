// Conversions between integer widths truncate or sign-extend.
package main

import "fmt"

func main() {
	vals := []int64{0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, 2147483647, 2147483648, 4294967295, 4294967296, -2147483649, 9223372036854775807, -9223372036854775808}
	for _, v := range vals {
		fmt.Println(v, int8(v), uint8(v), int16(v), uint16(v), int32(v), uint32(v), uint64(v), int(v))
	}
	var u uint64 = 18446744073709551615
	fmt.Println(int64(u), int32(u), int8(u), uint32(u>>1), float64(u))
	var i8 int8 = -5
	fmt.Println(uint8(i8), uint16(i8), uint32(i8), uint64(i8), int64(i8))
	var r rune = -1
	fmt.Println(byte(r), uint32(r))
}
