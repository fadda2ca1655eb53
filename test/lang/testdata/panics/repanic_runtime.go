// A runtime error recovered and replaced by a custom panic.
package main

import "fmt"

func main() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("wrapped: ", r))
		}
	}()
	var xs []int
	idx := 3
	fmt.Println(xs[idx])
}
