package main

import "fmt"

const Huge = 1 << 64

func main() {
	fmt.Println(Huge)
	var x int64 = Huge >> 1
	_ = x
}
