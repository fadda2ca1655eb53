// Asserting on a nil interface value panics.
package main

import "fmt"

func main() {
	var e error
	fmt.Println("before")
	_ = e.(fmt.Stringer)
}
