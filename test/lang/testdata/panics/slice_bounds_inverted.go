// Slicing with low > high.
package main

import "fmt"

func main() {
	s := []byte("abcdef")
	lo, hi := 4, 2
	fmt.Println(string(s[2:4]))
	fmt.Println(s[lo:hi])
}
