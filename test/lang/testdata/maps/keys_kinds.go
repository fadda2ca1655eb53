// Map keys of many comparable kinds: interfaces, pointers, structs, arrays, floats.
package main

import "fmt"

type K struct {
	A string
	B int
}

func main() {
	mi := map[interface{}]string{}
	mi[1] = "int"
	mi[int64(1)] = "int64"
	mi["1"] = "string"
	mi[K{"a", 1}] = "struct"
	mi[[2]int{1, 1}] = "array"
	fmt.Println(len(mi), mi[1], mi[int64(1)], mi[K{"a", 1}], mi[[2]int{1, 1}])
	x, y := 1, 1
	mp := map[*int]int{&x: 1, &y: 2}
	fmt.Println(len(mp), mp[&x], mp[&y])
	mf := map[float64]int{0.1 + 0.2: 1}
	z := 0.3
	fmt.Println(mf[z], mf[0.30000000000000004])
	mk := map[K]int{}
	mk[K{"a", 1}]++
	mk[K{"a", 1}]++
	mk[K{"b", 1}]++
	fmt.Println(mk)
	mb := map[bool][]string{}
	for _, w := range []string{"go", "rust", "c", "zig"} {
		mb[len(w) > 2] = append(mb[len(w) > 2], w)
	}
	fmt.Println(mb)
}
