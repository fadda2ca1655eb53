// Closure-based generators and iterators with early stop.
package main

import "fmt"

func primes() func() int {
	found := []int{}
	n := 1
	return func() int {
		for {
			n++
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				return n
			}
		}
	}
}

func each(xs []string, f func(int, string) bool) {
	for i, x := range xs {
		if !f(i, x) {
			return
		}
	}
}

func main() {
	next := primes()
	for i := 0; i < 15; i++ {
		fmt.Print(next(), " ")
	}
	fmt.Println()
	each([]string{"a", "b", "stop", "c"}, func(i int, s string) bool {
		fmt.Println(i, s)
		return s != "stop"
	})
	acc := func() func(int) []int {
		var xs []int
		return func(x int) []int {
			xs = append(xs, x)
			return xs
		}
	}()
	acc(1)
	acc(2)
	fmt.Println(acc(3))
}
