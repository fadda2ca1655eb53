package main

import "fmt"

func Keys[M ~map[int]V, K comparable, V any](m M) int {
	return len(m)
}

func main() {
	type M map[string]int
	fmt.Println(Keys(M{"a": 1, "b": 2}))
}
