package main

import "fmt"

func main() {
	var a int = "x"
	fmt.Println(undefinedB)
	c := 1
	fmt.Println(1 + "s")
	d()
}
