// Slicing beyond capacity.
package main

import "fmt"

func main() {
	s := make([]int, 2, 5)
	hi := 5
	fmt.Println(s[:hi])
	hi = 6
	fmt.Println(s[:hi])
}
