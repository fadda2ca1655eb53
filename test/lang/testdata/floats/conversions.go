// Float to int conversion truncates toward zero; int to float rounds to nearest even.
package main

import "fmt"

func main() {
	fs := []float64{0.5, 1.5, 2.5, -0.5, -1.5, -2.7, 3.9999, 1e10, -1e10, 9.007199254740993e15}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(f), uint8(int(f)&0xff))
	}
	is := []int64{1<<53 + 1, 1<<53 + 3, 1<<62 + 1, -(1 << 60) - 1, 123456789012345678}
	for _, i := range is {
		fmt.Println(i, float64(i), float32(i), int64(float64(i)))
	}
	var u uint64 = 18446744073709551615
	fmt.Println(float64(u), float32(u))
	var u2 uint64 = 1<<63 + 1<<11
	fmt.Println(float64(u2), uint64(float64(u2)))
	f := 255.9
	fmt.Println(uint8(f), int8(f-200))
}
