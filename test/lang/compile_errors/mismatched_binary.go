package main

import "fmt"

func main() {
	a := 1
	b := "x"
	fmt.Println(a + b)
	var f float64 = 2
	fmt.Println(a * f)
}
