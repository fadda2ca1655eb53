// Pointers to arrays: indexing, slicing, len and range through the pointer.
package main

import "fmt"

func main() {
	arr := [5]int{10, 20, 30, 40, 50}
	p := &arr
	p[2] = 33
	fmt.Println(len(p), p[2], arr[2])
	s := p[1:4]
	s[0] = 22
	fmt.Println(arr, s, cap(s))
	for i, v := range p {
		if i == 0 {
			arr[4] = 55
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(arr)
	var np *[3]int
	fmt.Println(len(np), np == nil)
}
