// amigo:handwritten
// Range over functions (Go 1.23) and the iterator helpers of slices and maps.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func Pairs(s string) func(func(int, byte) bool) {
	return func(yield func(int, byte) bool) {
		for i := 0; i < len(s); i++ {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

func main() {
	for x := range Count(3) {
		fmt.Print(x, " ")
	}
	fmt.Println()
	for x := range Count(10) {
		if x == 2 {
			break
		}
		fmt.Println("x", x)
	}
	for i, b := range Pairs("go!") {
		fmt.Print(i, ":", string(b), " ")
	}
	fmt.Println()
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(Count(4)))
	total := 0
	for v := range slices.Values([]int{1, 2, 3}) {
		total += v
	}
	fmt.Println(total)
}
