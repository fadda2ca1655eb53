package main

import "fmt"

func main() {
	var a int8 = 300
	var b uint8 = -1
	fmt.Println(a, b)
}
