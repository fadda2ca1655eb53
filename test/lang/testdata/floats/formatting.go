// Default float formatting of Println and %v switches to exponent form at 1e21 / 1e-4.
package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.5, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1.5e21, 1e-4, 1e-5, 0.000123, 123456789.125, 3.141592653589793, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308}
	for _, v := range vals {
		fmt.Println(v, float32(v))
		fmt.Printf("%v|%g|%f|%.2f|%e|%E|%G|%.3g|%10.4f|%-10.2f|\n", v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Println(float32(0.1), float64(float32(0.1)), 1e100, 123e-310)
}
