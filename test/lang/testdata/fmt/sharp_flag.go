// The # flag: alternate formats for numbers, strings and Go syntax.
package main

import "fmt"

type T struct {
	A []int
	M map[int]string
	P *int
}

func main() {
	fmt.Printf("%#x %#X %#o %#b %#08x\n", 255, 255, 8, 5, 255)
	fmt.Printf("%#q %#q %#x %#v\n", "plain", "has\"quote`", "hex", "str")
	fmt.Printf("%#v\n", T{A: []int{1}, M: map[int]string{2: "b", 1: "a"}})
	fmt.Printf("%#v %#v %#v\n", []string{"a"}, [2]float64{1, 0.5}, map[string][]int{"k": {1}})
	fmt.Printf("%#e %#.0f %#g %#.3g\n", 1.0, 3.0, 1.0, 2.0)
	fmt.Printf("%#c %#U %#x\n", 'x', '⌘', []byte{1, 2})
	type inner struct{ X, y int }
	fmt.Printf("%#v\n", []inner{{1, 2}})
	fmt.Printf("%#v %#v\n", interface{}(nil), []interface{}{nil, 1})
}
