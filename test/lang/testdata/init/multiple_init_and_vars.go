// Several init functions, package vars initialized from closures, and an init-populated registry.
package main

import (
	"fmt"
	"sort"
)

var handlers = map[string]func(int) int{}

var double = func() func(int) int {
	fmt.Println("building double")
	return func(x int) int { return 2 * x }
}()

func init() {
	handlers["double"] = double
	fmt.Println("init A", len(handlers))
}

var square = makeSquare()

func makeSquare() func(int) int {
	fmt.Println("building square")
	return func(x int) int { return x * x }
}

func init() {
	handlers["square"] = square
	fmt.Println("init B", len(handlers))
}

func main() {
	names := make([]string, 0, len(handlers))
	for n := range handlers {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, handlers[n](7))
	}
}
