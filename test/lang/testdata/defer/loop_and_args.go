// Defers inside loops and closures over the deferring function's variables.
package main

import "fmt"

func process(items []string) (log []string) {
	for _, it := range items {
		defer func(s string) { log = append(log, "close "+s) }(it)
		log = append(log, "open "+it)
	}
	return log
}

func counter() (n int) {
	defer func() { n++ }()
	defer func() { n *= 10 }()
	n = 1
	return n + 1
}

func main() {
	fmt.Println(process([]string{"a", "b", "c"}))
	fmt.Println(counter())
	func() {
		for i := 0; i < 3; i++ {
			defer func(n int) { fmt.Print(n, " ") }(i)
		}
	}()
	fmt.Println()
}
