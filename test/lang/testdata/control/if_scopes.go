// if with init statements; shadowing in nested scopes.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner", x)
	} else {
		fmt.Println("else", x)
	}
	fmt.Println("outer", x)
	if n, err := strconv.Atoi("42"); err != nil {
		fmt.Println("err", err)
	} else if n > 40 {
		fmt.Println("big", n)
	} else {
		fmt.Println("small", n)
	}
	if _, err := strconv.Atoi("x"); err != nil {
		fmt.Println(err)
	}
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)
	y := 0
	for y := 5; y < 6; y++ {
		fmt.Println("loop y", y)
	}
	fmt.Println("y", y)
}
