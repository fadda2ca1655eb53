// Converting a short slice to an array pointer panics (Go 1.17+).
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[4]int)(s)
	p[0] = 10
	fmt.Println(s, *p)
	q := (*[5]int)(s)
	fmt.Println(q)
}
