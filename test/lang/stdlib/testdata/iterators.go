// amigo:handwritten — Go 1.23 iterator helpers; expected output written from the Go documentation.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Sorted(maps.Values(m)))
	for v := range slices.Values([]int{1, 2, 3}) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	slices.All([]string{"x", "y"})(func(i int, v string) bool { fmt.Print(i, v, " "); return true })
	slices.Backward([]string{"x", "y", "z"})(func(i int, v string) bool { fmt.Print(i, v, " "); return i > 1 })
	fmt.Println()
	fmt.Println(slices.Collect(maps.Keys(map[int]bool{3: true})), slices.AppendSeq([]int{0}, slices.Values([]int{1, 2})))
	m2 := maps.Collect(maps.All(m))
	maps.Insert(m2, maps.All(map[string]int{"z": 26}))
	fmt.Println(len(m2), m2["z"], slices.SortedFunc(maps.Keys(m2), func(a, b string) int { return strings.Compare(b, a) }))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c, len(c), cap(c), " ")
	}
	fmt.Println()
}
