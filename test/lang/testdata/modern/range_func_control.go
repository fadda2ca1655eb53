// amigo:handwritten
// Range over functions: break, continue, labeled jumps, return, defer, goto and panic in the body.
package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("count done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs() func(func(string, int) bool) {
	return func(yield func(string, int) bool) {
		_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
	}
}

func Three(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
}

func find(n int) int {
	for x := range Count(10) {
		if x == n {
			return x * 100
		}
	}
	return -1
}

func withDefer() {
	for x := range Count(3) {
		defer fmt.Println("deferred", x)
	}
	fmt.Println("end withDefer")
}

func withPanic() (r string) {
	defer func() { r = fmt.Sprint("recovered ", recover()) }()
	for x := range Count(5) {
		if x == 2 {
			panic("boom")
		}
	}
	return "no"
}

func withGoto() {
	for x := range Count(5) {
		if x == 3 {
			goto out
		}
		fmt.Println("g", x)
	}
out:
	fmt.Println("out")
}

func main() {
	for x := range Count(4) {
		if x == 1 {
			continue
		}
		if x == 3 {
			break
		}
		fmt.Println("x", x)
	}
	for k, v := range Pairs() {
		fmt.Println(k, v)
	}
	n := 0
	for range Three {
		n++
	}
	fmt.Println("n", n)
	fmt.Println(find(4), find(20))
	withDefer()
	fmt.Println(withPanic())
	withGoto()
outer:
	for i := range Count(3) {
		for j := range Count(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	var fs []func() int
	for i := range Count(3) {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
