// Slicing a string past its length reports the length.
package main

import "fmt"

func main() {
	s := "abc"
	end := 10
	fmt.Println(s[1:end])
}
