// A negative variable index panics at run time.
package main

import "fmt"

func main() {
	xs := make([]string, 4)
	i := 1
	i -= 3
	fmt.Println("len", len(xs))
	xs[i] = "x"
}
