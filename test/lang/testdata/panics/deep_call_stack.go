// A panic deep in a call chain unwinds running every deferred call.
package main

import "fmt"

func level(n int) {
	defer fmt.Println("unwind", n)
	if n == 0 {
		var m map[int]int
		m[0]++
	}
	level(n - 1)
}

func main() {
	level(4)
}
