// Detecting overflow by comparing with wrapped results.
package main

import "fmt"

func addChecked(a, b int32) (int32, bool) {
	c := a + b
	if (c > a) == (b > 0) {
		return c, true
	}
	return c, false
}

func main() {
	fmt.Println(addChecked(1, 2))
	fmt.Println(addChecked(2147483647, 1))
	fmt.Println(addChecked(-2147483648, -1))
	var u uint16 = 65000
	v := u + 1000
	fmt.Println(v, v < u)
	x := 1
	n := 0
	for x > 0 {
		x *= 2
		n++
	}
	fmt.Println(n, x)
}
