// float32 conversions from large integers and float64, rounding to nearest even.
package main

import "fmt"

func main() {
	ints := []int64{16777216, 16777217, 16777218, 16777219, 33554435, 1 << 40, 1<<40 + 1, -16777217, 9007199254740993}
	for _, i := range ints {
		f := float32(i)
		fmt.Println(i, f, int64(f), float64(f))
	}
	ds := []float64{1.00000005960464477539, 1.0000000596046449, 3.4028235e38, 3.4028236e38, 1.4e-45, 7e-46, 0.1}
	for _, d := range ds {
		fmt.Println(d, float32(d), float64(float32(d)))
	}
	var u uint32 = 4294967295
	fmt.Println(float32(u), float64(u), float32(int32(-2147483648)))
}
