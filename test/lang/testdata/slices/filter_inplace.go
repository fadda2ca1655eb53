// In-place filtering and removal reuse the backing array.
package main

import "fmt"

func filter(xs []int, keep func(int) bool) []int {
	out := xs[:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func remove(xs []string, i int) []string {
	return append(xs[:i], xs[i+1:]...)
}

func insert(xs []string, i int, v string) []string {
	xs = append(xs, "")
	copy(xs[i+1:], xs[i:])
	xs[i] = v
	return xs
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := filter(xs, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, xs)
	s := []string{"a", "b", "c", "d"}
	s2 := remove(s, 1)
	fmt.Println(s2, s)
	s3 := insert(s2, 1, "B")
	fmt.Println(s3, s)
	rev := []int{1, 2, 3, 4, 5}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(rev)
}
