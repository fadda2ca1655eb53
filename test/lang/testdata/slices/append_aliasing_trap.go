// append to a subslice can overwrite elements of the original when capacity allows.
package main

import "fmt"

func main() {
	orig := []int{1, 2, 3, 4, 5}
	head := orig[:2]
	head = append(head, 99)
	fmt.Println(orig, head)
	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b[3], c[3], &b[0] == &c[0])
	paths := [][]int{}
	path := make([]int, 0, 8)
	for i := 0; i < 3; i++ {
		path = append(path, i)
		paths = append(paths, path)
	}
	fmt.Println(paths)
	fixed := [][]int{}
	p2 := []int{}
	for i := 0; i < 3; i++ {
		p2 = append(p2, i)
		fixed = append(fixed, append([]int(nil), p2...))
	}
	fmt.Println(fixed)
}
