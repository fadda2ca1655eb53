// Instantiated generic functions as values, and generic types in maps and slices.
package main

import (
	"fmt"
	"strconv"
)

func Convert[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func main() {
	itoa := Convert[int, string]
	fmt.Printf("%q %T\n", itoa([]int{1, 20}, strconv.Itoa), itoa)
	boxes := map[string]Box[[]int]{"a": {[]int{1}}, "b": {nil}}
	fmt.Println(boxes, Keys(boxes), boxes["a"].Get())
	fs := []func(int) Box[int]{
		func(i int) Box[int] { return Box[int]{i} },
		func(i int) Box[int] { return Box[int]{i * i} },
	}
	for _, f := range fs {
		fmt.Print(f(7).Get(), " ")
	}
	fmt.Println()
	get := Box[string].Get
	fmt.Println(get(Box[string]{"method expr"}))
}
