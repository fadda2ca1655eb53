// Arrays are values: assignment, passing and range copy them.
package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[1] = 200
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b, a == b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	for i, v := range a {
		a[2] = 77
		fmt.Println(i, v)
	}
	fmt.Println(a)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	row := grid[1]
	row[0] = 40
	fmt.Println(grid, row, len(grid), len(grid[0]))
	type P struct{ xs [2]string }
	p := P{[2]string{"a", "b"}}
	q := p
	q.xs[0] = "z"
	fmt.Println(p, q, p == q, p != q)
}
