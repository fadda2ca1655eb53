// amigo:handwritten
// Range over an integer (Go 1.22): 0..n-1, the type of n, zero and negative counts.
package main

import "fmt"

type Count uint8

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	total := 0
	for range n {
		total += 10
	}
	fmt.Println(total)
	var c Count = 4
	for i := range c {
		fmt.Printf("%T %v|", i, i)
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	neg := -2
	for i := range neg {
		fmt.Println("never", i)
	}
	var i64 int64 = 2
	for j := range i64 {
		fmt.Printf("%T=%d ", j, j)
	}
	fmt.Println()
	sum := 0
	for i := range 100 {
		if i%2 == 0 {
			continue
		}
		if i > 10 {
			break
		}
		sum += i
	}
	fmt.Println(sum)
	m := 3
	for i := range m {
		m = 10
		fmt.Print(i, m, " ")
	}
	fmt.Println()
}
