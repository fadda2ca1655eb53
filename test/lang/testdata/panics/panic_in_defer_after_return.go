// A panic inside a deferred call after a normal return still crashes the program.
package main

import "fmt"

func work() int {
	defer func() {
		panic("cleanup failed")
	}()
	fmt.Println("work done")
	return 1
}

func main() {
	fmt.Println(work())
}
