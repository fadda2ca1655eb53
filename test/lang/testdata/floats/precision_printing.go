// Shortest round-trip printing of float64 and float32 values.
package main

import "fmt"

func main() {
	xs := []float64{0.1, 0.2, 0.3, 0.1 + 0.2, 1.1 * 1.1, 100.0 / 3, 2.0 / 3, 1e15 + 0.3, 123456789012345678, 0.000123456, 9007199254740993, 4.35, 8.675309e-11}
	for _, x := range xs {
		fmt.Println(x, float32(x))
	}
	var f float32 = 16777216.0
	fmt.Println(f, f+1, f*2, f/3)
	fmt.Println(float32(0.1)+float32(0.2), float32(0.3))
	h := 0.5
	for i := 0; i < 8; i++ {
		h /= 10
		fmt.Print(h, " ")
	}
	fmt.Println()
}
