// Deferred calls run in LIFO order; arguments are evaluated at defer time.
package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func f() {
	defer trace("f")()
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer time", x)
	defer func() { fmt.Println("x at exit", x) }()
	x = 20
	fmt.Println("body done")
}

type T struct{ name string }

func (t T) Print() { fmt.Println("T", t.name) }

func main() {
	f()
	t := T{"first"}
	defer t.Print()
	t.name = "second"
	defer t.Print()
	fmt.Println("main end")
}
