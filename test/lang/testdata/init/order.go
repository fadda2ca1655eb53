// Package variables initialize by dependency order, then init() functions in source order.
package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(a, d)

func f(name string) int {
	fmt.Println("init var", name)
	return len(name) * 10
}

func sum(xs ...int) int {
	fmt.Println("sum called")
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func init() {
	fmt.Println("init 1: a =", a, "total =", total)
	d = 100
}

func init() {
	fmt.Println("init 2: d =", d)
}

func main() {
	fmt.Println("main", a, b, c, d, total)
}
