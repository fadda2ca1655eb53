// amigo:handwritten
// Range over functions: returns through nested loops, yield misuse panics, iter/slices/maps sequences.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func findPair(target int) (a, b int, ok bool) {
	defer func() { fmt.Println("findPair defer", a, b, ok) }()
	for i := range Count(5) {
		for j := range Count(5) {
			if i*j == target {
				return i, j, true
			}
		}
	}
	return
}

func named() (r int) {
	for i := range Count(10) {
		r += i
		if i == 4 {
			return
		}
	}
	return -1
}

func bad() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var saved func(int) bool
	it := func(yield func(int) bool) {
		saved = yield
		yield(1)
	}
	for x := range it {
		fmt.Println("got", x)
		break
	}
	saved(2)
}

func ignoring() {
	defer func() { fmt.Println("recovered:", recover()) }()
	it := func(yield func(int) bool) {
		yield(1)
		yield(2)
	}
	for x := range it {
		fmt.Println("got", x)
		break
	}
}

func main() {
	fmt.Println(findPair(6))
	fmt.Println(findPair(100))
	fmt.Println(named())
	bad()
	ignoring()
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	for i, v := range slices.All([]string{"p", "q"}) {
		fmt.Println(i, v)
	}
	fmt.Println(slices.Collect(slices.Values([]int{3, 1, 2})))
	var seq2 iter.Seq2[string, int] = maps.All(map[string]int{"k": 1})
	for k, v := range seq2 {
		fmt.Println(k, v)
	}
	total := 0
	for v := range maps.Values(m) {
		total += v
	}
	fmt.Println(total)
	for i, s := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
}
