package main

import "fmt"

func main() {
	a := []int{1}
	b := []int{1}
	fmt.Println(a == b)
	m1 := map[string]int{}
	fmt.Println(m1 == m1)
}
