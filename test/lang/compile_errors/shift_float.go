package main

import "fmt"

func main() {
	var f float64 = 2
	fmt.Println(f << 1)
	fmt.Println(1.5 << 2)
}
