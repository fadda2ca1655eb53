// Pointers: address-of, dereference, new, pointer to struct fields and elements.
package main

import "fmt"

type T struct{ A, B int }

func inc(p *int) { *p++ }

func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	q := new(int)
	*q = 7
	fmt.Println(*q)
	t := T{1, 2}
	pb := &t.B
	*pb = 20
	fmt.Println(t)
	s := []int{1, 2, 3}
	pe := &s[1]
	*pe = 200
	fmt.Println(s)
	s = append(s, 4, 5, 6, 7)
	*pe = 2000
	fmt.Println(s[1], *pe)
	arr := [3]int{}
	pa := &arr[2]
	*pa = 9
	fmt.Println(arr)
	pp := &p
	**pp = 100
	fmt.Println(x)
	var np *T
	fmt.Println(np == nil, np)
	pt := &T{}
	pt.A = 5
	(*pt).B = 6
	fmt.Println(*pt)
}
