// amigo:handwritten
// The min and max builtins (Go 1.21): any number of ordered arguments, constants and typed values.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -7))
	var x int8 = 5
	y := max(x, 100)
	fmt.Printf("%v %T\n", y, y)
	f := min(2.5, 1, 3)
	fmt.Printf("%v %T\n", f, f)
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"), max("", "a"))
	a, b := 1.5, math.NaN()
	fmt.Println(min(a, b), max(a, b), min(b, a))
	negz := math.Copysign(0, -1)
	fmt.Println(math.Signbit(min(negz, 0.0)), math.Signbit(max(negz, 0.0)), math.Signbit(min(0.0, negz)))
	fmt.Println(min(math.Inf(-1), 3.0), max(math.Inf(1), 3.0))
	var u uint64 = 18446744073709551615
	fmt.Println(min(u, 1), max(u, 1))
	s := []int{4, 8, 2}
	fmt.Println(min(s[0], s[1], s[2]), max(s[0], s[1], s[2]))
	const c = max(1, 2.5)
	fmt.Println(c)
}
