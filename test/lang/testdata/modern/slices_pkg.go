// amigo:handwritten
// The slices package (Go 1.21): sorting, searching, editing and comparing.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 2, 9, 1}
	ys := slices.Clone(xs)
	slices.Sort(ys)
	fmt.Println(xs, ys, slices.IsSorted(ys), slices.IsSorted(xs))
	i, found := slices.BinarySearch(ys, 8)
	j, found2 := slices.BinarySearch(ys, 3)
	fmt.Println(i, found, j, found2)
	fmt.Println(slices.Contains(xs, 9), slices.Contains(xs, 7), slices.Index(xs, 2), slices.Index(xs, 7))
	fmt.Println(slices.IndexFunc(xs, func(v int) bool { return v > 6 }), slices.ContainsFunc(xs, func(v int) bool { return v < 0 }))
	fmt.Println(slices.Min(xs), slices.Max(xs), slices.Equal(xs, ys), slices.Equal([]int{}, []int(nil)))
	zs := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	fmt.Println(zs, len(zs))
	zs = slices.Delete(zs, 1, 3)
	fmt.Println(zs, len(zs))
	cs := slices.Compact([]string{"a", "a", "b", "b", "b", "a", "c", "c"})
	fmt.Println(cs, len(cs))
	r := []string{"x", "y", "z"}
	slices.Reverse(r)
	fmt.Println(r)
	people := []Person{{"Cy", 30}, {"Al", 25}, {"Bo", 30}, {"Di", 25}}
	slices.SortStableFunc(people, func(a, b Person) int { return a.Age - b.Age })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int { return strings.Compare(b.Name, a.Name) })
	fmt.Println(people)
	idx, ok := slices.BinarySearchFunc([]Person{{"A", 1}, {"B", 5}, {"C", 9}}, 5, func(p Person, age int) int { return p.Age - age })
	fmt.Println(idx, ok)
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(slices.Compare([]int{1, 2, 3}, []int{1, 2, 4}), slices.Compare([]int{1, 2}, []int{1}), slices.Compare([]int{}, []int{}))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(slices.Clip(make([]int, 2, 10)), cap(slices.Clip(make([]int, 2, 10))))
	d := slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(v int) bool { return v%2 == 0 })
	fmt.Println(d)
	fmt.Println(slices.Replace([]int{0, 1, 2, 3}, 1, 3, 7, 8, 9))
	fmt.Println(slices.MinFunc(people, func(a, b Person) int { return a.Age - b.Age }), slices.MaxFunc(people, func(a, b Person) int { return a.Age - b.Age }))
}
