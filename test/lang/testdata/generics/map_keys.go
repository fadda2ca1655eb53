// Generic helpers over maps with sorted output.
package main

import (
	"fmt"
	"sort"
)

type Ordered interface {
	~int | ~string | ~float64
}

func SortedKeys[K Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Contains(v T) bool { _, ok := s[v]; return ok }

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(SortedKeys(m))
	g := GroupBy([]string{"apple", "avocado", "banana", "cherry", "blueberry"}, func(s string) byte { return s[0] })
	fmt.Println(g)
	byLen := GroupBy([]int{1, 22, 333, 4, 55}, func(i int) int { return len(fmt.Sprint(i)) })
	for _, k := range SortedKeys(byLen) {
		fmt.Println(k, byLen[k])
	}
	s := Set[int]{}
	s.Add(3)
	s.Add(5)
	fmt.Println(s.Contains(3), s.Contains(4), len(s))
}
