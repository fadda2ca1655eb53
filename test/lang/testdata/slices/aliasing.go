// Slices share their backing array until append has to grow it.
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:5]
	b := base[3:6]
	a[1] = 33
	fmt.Println(base, a, b, len(a), cap(a), len(b), cap(b))
	a = append(a, 44)
	fmt.Println(base, a, b)
	c := base[:2:2]
	c = append(c, 99)
	fmt.Println(base, c)
	d := a[:cap(a)]
	fmt.Println(d, len(d))
	e := base[len(base):]
	fmt.Println(e, len(e), cap(e), e == nil)
	f := append([]int(nil), base...)
	f[0] = -1
	fmt.Println(base[0], f[0])
}
