// Struct equality compares every field, including nested arrays and interfaces.
package main

import "fmt"

type Inner struct {
	Vals [3]int
	Name string
}

type Outer struct {
	In  Inner
	Any interface{}
	Ptr *int
}

func main() {
	x := 1
	a := Outer{Inner{[3]int{1, 2, 3}, "n"}, 5, &x}
	b := Outer{Inner{[3]int{1, 2, 3}, "n"}, 5, &x}
	fmt.Println(a == b)
	b.In.Vals[2] = 4
	fmt.Println(a == b)
	b = a
	b.Any = int64(5)
	fmt.Println(a == b)
	y := 1
	b = a
	b.Ptr = &y
	fmt.Println(a == b, *a.Ptr == *b.Ptr)
	m := map[Inner]int{}
	m[a.In]++
	m[Inner{[3]int{1, 2, 3}, "n"}]++
	fmt.Println(m)
	defer func() { fmt.Println("panic:", recover()) }()
	a.Any = []int{1}
	b = a
	fmt.Println(a == b)
}
