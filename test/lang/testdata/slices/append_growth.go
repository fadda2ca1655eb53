// append growth: new arrays are allocated when capacity runs out; old slices keep old arrays.
package main

import "fmt"

func main() {
	var s []int
	prevCap := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prevCap {
			fmt.Println(len(s), cap(s))
			prevCap = cap(s)
		}
	}
	x := make([]int, 3, 10)
	y := append(x, 1)
	z := append(x, 2)
	fmt.Println(y[3], z[3], len(x), len(y))
	w := make([]int, 3)
	w1 := append(w, 1)
	w2 := append(w, 2)
	fmt.Println(w1[3], w2[3], cap(w))
	bs := []byte("ab")
	bs = append(bs, "cdef"...)
	fmt.Println(string(bs), len(bs))
	ss := append([]string{}, "a", "b")
	ss = append(ss, ss...)
	fmt.Println(ss, len(ss))
	var b2 []byte
	for i := 0; i < 100; i++ {
		b2 = append(b2, byte(i))
	}
	fmt.Println(len(b2), cap(b2))
	s5 := append([]int64(nil), 1, 2, 3, 4, 5)
	fmt.Println(cap(s5))
	st := append([]struct{ a, b int }{}, struct{ a, b int }{1, 2})
	fmt.Println(cap(st), st)
}
