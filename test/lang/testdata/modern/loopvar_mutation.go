// amigo:handwritten
// Per-iteration variables: a closure that mutates its iteration's variable affects that iteration only.
package main

import "fmt"

func main() {
	var incs []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() int { i += 100; return i })
	}
	for _, f := range incs {
		fmt.Print(f(), " ")
	}
	for _, f := range incs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var snapshot []func() int
	for i := 0; i < 3; i++ {
		snapshot = append(snapshot, func() int { return i * 10 })
		defer func() { fmt.Print("defer ", i, "; ") }()
	}
	for _, f := range snapshot {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
