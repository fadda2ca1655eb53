// Interface values compare by dynamic type and value.
package main

import "fmt"

type A int
type B int

type P struct{ x int }

func main() {
	var x, y interface{} = 1, 1
	fmt.Println(x == y)
	x, y = A(1), B(1)
	fmt.Println(x == y, x == A(1), y == B(1))
	x, y = "s", "s"
	fmt.Println(x == y)
	x, y = P{1}, P{1}
	fmt.Println(x == y)
	p1, p2 := &P{1}, &P{1}
	x, y = p1, p2
	fmt.Println(x == y, x == interface{}(p1))
	x, y = int64(1), int32(1)
	fmt.Println(x == y)
	x = nil
	fmt.Println(x == nil, x == y)
	x, y = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(x == y)
	var s fmt.Stringer
	var e error
	fmt.Println(s == nil, e == nil)
	x = 3.0
	fmt.Println(x == 3.0, x == 3)
}
