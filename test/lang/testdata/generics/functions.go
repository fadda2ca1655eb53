// Generic functions with explicit and inferred type arguments.
package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Zero[T any]() T {
	var z T
	return z
}

func Pair[A, B any](a A, b B) string { return fmt.Sprintf("%v/%T & %v/%T", a, a, b, b) }

func main() {
	nums := []int{1, 2, 3, 4, 5}
	sq := Map(nums, func(x int) int { return x * x })
	strs := Map(nums, func(x int) string { return fmt.Sprint("n", x) })
	fmt.Println(sq, strs)
	fmt.Println(Filter(sq, func(x int) bool { return x%2 == 1 }))
	fmt.Println(Reduce(nums, "", func(a string, x int) string { return a + fmt.Sprint(x) }))
	fmt.Println(Reduce[int, float64](nums, 0.5, func(a float64, x int) float64 { return a * float64(x) }))
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Println(Pair(1, "x"), Pair[float64, bool](2, true))
}
