// strconv: FormatFloat in every format and ParseFloat, including shortest round-trip.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -2.5, 0.1, 1.0 / 3, 123456789.0, 1e21, 1e-7, 5e-324, 1.7976931348623157e308, 100, 0.000001234}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', -1, 64), strconv.FormatFloat(v, 'g', -1, 64),
			strconv.FormatFloat(v, 'f', 3, 64), strconv.FormatFloat(v, 'E', 2, 64), strconv.FormatFloat(v, 'G', 4, 64), strconv.FormatFloat(v, 'f', -1, 32))
	}
	fmt.Println(strconv.FormatFloat(1.5, 'b', -1, 64), strconv.FormatFloat(1.5, 'x', -1, 64), strconv.FormatFloat(1.5, 'X', 3, 64))
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Inf", "NaN", "0x1p-2", "1_000.5", "1e400", "abc", ".5", "5.", "1e-400", "+3"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err, float32(f32))
	fmt.Println(strconv.FormatFloat(0.1, 'g', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64))
}
