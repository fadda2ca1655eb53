// Calling a nil function value panics with a nil dereference.
package main

import "fmt"

func main() {
	var f func(int) int
	handlers := map[string]func(int) int{"double": func(x int) int { return 2 * x }}
	fmt.Println(handlers["double"](4))
	f = handlers["triple"]
	fmt.Println(f(4))
}
