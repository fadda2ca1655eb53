// %p only where deterministic: nil pointers, nil slices and maps, and bad operands.
package main

import "fmt"

func main() {
	var p *int
	var s []int
	var m map[string]int
	var f func()
	fmt.Printf("%p %p %p %p\n", p, s, m, f)
	fmt.Printf("%p %p\n", 5, "str")
	fmt.Printf("%v %d\n", p, s)
	x := 1
	q := &x
	fmt.Println(fmt.Sprintf("%p", q) == fmt.Sprintf("%p", &x), fmt.Sprintf("%p", q)[:2])
	fmt.Printf("%t %t\n", p == nil, q != nil)
	fmt.Printf("%#p\n", p)
}
