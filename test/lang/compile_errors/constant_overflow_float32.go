package main

import "fmt"

func main() {
	fmt.Println(float32(3.4e38) * 10)
	var f float64 = 1e309
	_ = f
}
