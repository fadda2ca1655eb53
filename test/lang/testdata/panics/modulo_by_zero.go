// Integer modulo by zero panics too, for every integer type.
package main

import "fmt"

func main() {
	var a uint8 = 7
	var b uint8
	fmt.Println(a % (b + 2))
	fmt.Println(a % b)
}
