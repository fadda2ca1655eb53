package main

import "fmt"

func f(xs []int) int {
//line gen.tmpl:100
	return xs[5]
}

func main() {
	fmt.Println("x")
/*line other.tmpl:7:3*/ f(nil)
}
