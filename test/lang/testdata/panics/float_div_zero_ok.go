// Float division by zero does not panic; integer division by a zero variable does.
package main

import "fmt"

func main() {
	z := 0.0
	fmt.Println(1/z, -1/z, z/z)
	var zi int64
	fmt.Println(int64(7) / (zi + 1))
	fmt.Println(int64(7) / zi)
}
