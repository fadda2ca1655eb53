// Maps are references: copies of a map value see the same entries.
package main

import "fmt"

func add(m map[string]int, k string) {
	m[k] = len(m)
}

func main() {
	m := map[string]int{}
	alias := m
	add(m, "a")
	add(alias, "b")
	fmt.Println(m, alias, len(m))
	type S struct{ M map[int]int }
	s1 := S{M: map[int]int{}}
	s2 := s1
	s2.M[1] = 1
	fmt.Println(s1.M, s2.M)
	ms := []map[string]int{{"x": 1}, {"y": 2}}
	for _, mm := range ms {
		mm["z"] = 9
	}
	fmt.Println(ms)
	ps := map[string]*int{}
	n := 5
	ps["n"] = &n
	*ps["n"] = 6
	fmt.Println(n)
}
