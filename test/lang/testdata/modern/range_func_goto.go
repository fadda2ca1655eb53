// amigo:handwritten
// Range over functions: goto within the body, goto back out of it, switch and nested loops inside.
package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iter end", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	round := 0
again:
	round++
	for x := range Count(3) {
		tries := 0
	retry:
		tries++
		if tries < 2 {
			goto retry
		}
		if x == 1 && round < 3 {
			goto again
		}
		fmt.Println("round", round, "x", x, "tries", tries)
	}
	sum := 0
	for x := range Count(4) {
		switch {
		case x%2 == 0:
			continue
		default:
			sum += x
		}
		for y := range Count(2) {
			if y == 1 {
				break
			}
			sum += 100
		}
	}
	fmt.Println("sum", sum)
}
