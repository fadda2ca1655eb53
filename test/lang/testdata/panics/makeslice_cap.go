// make with cap < len panics at run time.
package main

import "fmt"

func main() {
	l, c := 5, 3
	fmt.Println("making")
	s := make([]byte, l, c)
	fmt.Println(s)
}
