// Indexing past the end of a slice panics with index and length; output before it is kept.
package main

import "fmt"

func get(xs []int, i int) int { return xs[i] }

func main() {
	xs := []int{1, 2, 3}
	fmt.Println(get(xs, 2))
	fmt.Println(get(xs, 5))
}
