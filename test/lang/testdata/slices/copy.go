// copy returns the number of elements copied and handles overlap.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	n = copy(src, src[2:])
	fmt.Println(n, src)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b[:3]))
	var empty []int
	fmt.Println(copy(empty, src), copy(src, empty))
	grid := [][]int{{1, 2}, {3, 4}}
	shallow := make([][]int, 2)
	copy(shallow, grid)
	shallow[0][0] = 100
	shallow[1] = []int{9}
	fmt.Println(grid, shallow)
}
