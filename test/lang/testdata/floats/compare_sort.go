// Floats in comparisons, min/max by hand, and sorting with sort.Float64s.
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []float64{3.5, -1, 2.25, 0, -0.5, 1e-9, 100}
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	fmt.Println(lo, hi)
	sort.Float64s(xs)
	fmt.Println(xs)
	fmt.Println(sort.SearchFloat64s(xs, 2.25), sort.Float64sAreSorted(xs))
	var mean float64
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	fmt.Printf("%.6f\n", mean)
}
