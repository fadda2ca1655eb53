// nil slices versus empty slices; make with len and cap; zero values.
package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := make([]int, 3, 5)
	fmt.Println(a == nil, b == nil, c == nil, len(a), cap(a), len(d), cap(d))
	fmt.Println(a, b, c, d)
	fmt.Printf("%v %v %#v %#v\n", a, b, a, b)
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	fmt.Println(a, len(a))
	e := d[:5]
	fmt.Println(e)
	var ps []*int
	ps = append(ps, nil)
	fmt.Println(len(ps), ps[0] == nil)
	strs := make([]string, 2)
	fmt.Printf("%q\n", strs)
	m := make([]map[string]int, 2)
	fmt.Println(m[0] == nil, len(m[1]))
}
