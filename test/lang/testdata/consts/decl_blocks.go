// const, type and var blocks at package and function level; type aliases versus defined types.
package main

import "fmt"

type (
	ID      int
	Name    string
	Alias   = int
	Pair    struct{ K, V string }
	Handler func(ID) Name
)

var (
	count   int
	label   = "L"
	x, y    = 1, "two"
	h       Handler = func(id ID) Name { return Name(fmt.Sprint("user", int(id))) }
)

const (
	A = iota * 10
	B
	C string = "c"
)

func main() {
	type local struct{ n int }
	type Celsius = float64
	var (
		l  = local{3}
		t  Celsius = 21.5
		id ID      = 7
		al Alias   = 8
	)
	var plain int = al
	fmt.Println(count, label, x, y, A, B, C, l, t, h(id), plain)
	fmt.Printf("%T %T %T %T %T\n", id, al, t, l, Pair{})
	const inner = B + 1
	fmt.Println(inner, Pair{"k", "v"})
}
