// amigo:handwritten — slices, maps and cmp are newer than Go 1.19; the expected output was
// produced by Go 1.19 running these packages' sources as ordinary local packages.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3, 7, 2}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs), slices.Contains(xs, 8), slices.Index(xs, 7), slices.Min(xs), slices.Max(xs))
	i, found := slices.BinarySearch(xs, 7)
	j, found2 := slices.BinarySearch(xs, 4)
	fmt.Println(i, found, j, found2)
	fs := []float64{3, math.NaN(), -1, 100, 0}
	slices.Sort(fs)
	fmt.Println(fs, cmp.Compare(1.0, math.NaN()), cmp.Less(math.NaN(), 1.0), cmp.Compare("a", "b"))
	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}, {"eve", 35}, {"frank", 30}}
	slices.SortStableFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b person) int { return strings.Compare(b.name, a.name) })
	fmt.Println(people)
	big := make([]int, 100)
	for k := range big {
		big[k] = (k * 37) % 17
	}
	slices.SortFunc(big, func(a, b int) int { return cmp.Compare(a%5, b%5) })
	fmt.Println(big)
	ys := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	zs := slices.Delete(slices.Clone(ys), 1, 3)
	fmt.Println(ys, zs, slices.Equal(ys, zs), slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}), slices.Compare([]int{1, 2}, []int{1, 3}))
	ws := slices.Replace([]string{"a", "b", "c", "d"}, 1, 3, "x")
	rs := []int{1, 2, 3}
	slices.Reverse(rs)
	fmt.Println(ws, rs, slices.IndexFunc(rs, func(v int) bool { return v < 3 }), slices.DeleteFunc([]int{1, 2, 3, 4}, func(v int) bool { return v%2 == 0 }))
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}), len(slices.Grow([]int{1}, 10)), slices.ContainsFunc(rs, func(v int) bool { return v > 2 }))
	m := map[string]int{"a": 1, "b": 2}
	m2 := maps.Clone(m)
	m2["c"] = 3
	fmt.Println(maps.Equal(m, m2), len(m), len(m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v > 1 })
	fmt.Println(m2, maps.Equal(m, m2), maps.EqualFunc(m, map[string]int{"a": 1, "b": 2}, func(a, b int) bool { return a == b }))
	maps.Copy(m2, map[string]int{"z": 26})
	fmt.Println(m2, cmp.Or(0, 0, 3, 4), cmp.Or("", "x"))
}
