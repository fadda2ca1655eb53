// A classic integer loop: Collatz lengths with int arithmetic.
package main

import "fmt"

func steps(n int) int {
	s := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		s++
	}
	return s
}

func main() {
	best, at := 0, 0
	for i := 1; i < 10000; i++ {
		if s := steps(i); s > best {
			best, at = s, i
		}
	}
	fmt.Println(best, at)
	for i := 1; i <= 10; i++ {
		fmt.Print(steps(i), ",")
	}
	fmt.Println()
}
