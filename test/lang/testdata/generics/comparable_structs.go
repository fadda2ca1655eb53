// comparable constraints with struct and array type arguments; a generic dedup.
package main

import "fmt"

func Dedup[T comparable](xs []T) []T {
	seen := map[T]bool{}
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func Count[T comparable](xs []T, v T) (n int) {
	for _, x := range xs {
		if x == v {
			n++
		}
	}
	return
}

type Pt struct{ X, Y int }

func main() {
	fmt.Println(Dedup([]int{3, 1, 3, 2, 1}))
	fmt.Println(Dedup([]string{"b", "a", "b"}))
	fmt.Println(Dedup([]Pt{{1, 2}, {1, 2}, {2, 1}}))
	fmt.Println(Dedup([][2]bool{{true, false}, {true, false}, {false, false}}))
	fmt.Println(Count([]*int{nil, nil}, nil))
}
