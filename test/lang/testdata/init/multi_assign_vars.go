// Package-level multi-value initialization from a function and dependency on later declarations.
package main

import "fmt"

var q, r = divmod(total, 7)

var total = sum(values...)

var values = []int{10, 20, 30, 4}

func divmod(a, b int) (int, int) {
	fmt.Println("divmod", a, b)
	return a / b, a % b
}

func sum(xs ...int) int {
	fmt.Println("sum of", len(xs))
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Println(q, r, total, values)
}
