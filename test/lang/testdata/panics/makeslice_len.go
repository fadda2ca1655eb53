// make with a negative length panics at run time.
package main

import "fmt"

func main() {
	n := 3
	s := make([]int, n)
	fmt.Println(len(s))
	n -= 5
	s = make([]int, n)
	fmt.Println(len(s))
}
