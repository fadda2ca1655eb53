package main

import "fmt"

type T struct{ A int }

func (T) M() {}

func main() {
	t := T{}
	fmt.Println(t.B)
	t.N()
	fmt.Println(t.a)
}
