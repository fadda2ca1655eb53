// Closures capture variables, not values; each call to the factory gets its own.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	other, _ := counter()
	fmt.Println(other(), next())
	x := 1
	f := func() int { return x * 10 }
	x = 5
	fmt.Println(f())
	adders := make([]func(int) int, 0)
	for _, k := range []int{1, 10, 100} {
		k := k
		adders = append(adders, func(v int) int { return v + k })
	}
	for _, a := range adders {
		fmt.Print(a(1), " ")
	}
	fmt.Println()
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
}
