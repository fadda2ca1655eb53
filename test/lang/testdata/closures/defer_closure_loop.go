// Closures created in a loop body with explicit copies, deferred and called later.
package main

import "fmt"

func main() {
	var calls []string
	func() {
		for i := 0; i < 3; i++ {
			n := i * i
			defer func() { calls = append(calls, fmt.Sprint("deferred ", n)) }()
		}
	}()
	fmt.Println(calls)
	funcs := map[string]func() string{}
	for _, name := range []string{"a", "b"} {
		name := name
		funcs[name] = func() string { return "hello " + name }
	}
	fmt.Println(funcs["a"](), funcs["b"]())
	counter := 0
	incr := func() func() int {
		return func() int { counter++; return counter }
	}
	f1, f2 := incr(), incr()
	f1()
	f2()
	fmt.Println(f1(), counter)
}
