// Sorting floats with NaN and infinities, and float map keys.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	xs := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), math.Copysign(0, -1), 2.5, math.NaN()}
	sort.Float64s(xs)
	fmt.Println(xs)
	ys := []float64{1.5, -2.5, 0.5}
	sort.Sort(sort.Reverse(sort.Float64Slice(ys)))
	fmt.Println(ys)
	m := map[float64]string{math.Inf(1): "inf", -0.5: "neg", 0: "zero"}
	m[math.Copysign(0, -1)] = "negzero"
	fmt.Println(len(m), m[0], m)
}
