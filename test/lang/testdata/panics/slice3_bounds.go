// Full slice expression bounds check.
package main

import "fmt"

func main() {
	s := make([]int, 3, 4)
	m := 5
	fmt.Println(len(s[0:2:4]))
	fmt.Println(s[0:2:m])
}
