// amigo:handwritten
// Newer generic inference (Go 1.21): type arguments inferred from assignment context of generic functions.
package main

import (
	"fmt"
	"slices"
)

func Apply[T any](xs []T, f func(T) T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Double[T ~int | ~float64](x T) T { return x * 2 }

func main() {
	fmt.Println(Apply([]int{1, 2, 3}, Double))
	fmt.Println(Apply([]float64{0.5}, Double))
	var f func(int) int = Double
	fmt.Println(f(21))
	xs := []string{"b", "c", "a"}
	slices.SortFunc(xs, func(a, b string) int {
		if a < b {
			return -1
		}
		if a > b {
			return 1
		}
		return 0
	})
	fmt.Println(xs)
}
