// A negative shift count panics at run time.
package main

import "fmt"

func shift(x int, n int) int {
	return x << n
}

func main() {
	fmt.Println(shift(3, 2))
	fmt.Println(shift(3, -1))
}
