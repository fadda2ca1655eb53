// amigo:handwritten
// The clear builtin (Go 1.21): empties maps, zeroes slice elements keeping the length.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["c"] = 3
	fmt.Println(alias)
	s := []int{1, 2, 3, 4}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(sub), cap(sub))
	ps := []*int{new(int), new(int)}
	clear(ps)
	fmt.Println(ps[0] == nil, ps[1] == nil, len(ps))
	var nilMap map[int]int
	clear(nilMap)
	var nilSlice []string
	clear(nilSlice)
	fmt.Println(nilMap == nil, nilSlice == nil)
	type P struct {
		X int
		S string
	}
	st := []P{{1, "a"}, {2, "b"}}
	clear(st)
	fmt.Printf("%+v\n", st)
}
