// Promoted methods as method values; pointer receivers via embedded pointers.
package main

import "fmt"

type Counter struct{ N int }

func (c *Counter) Add(k int) int { c.N += k; return c.N }

type Named struct {
	*Counter
	Name string
}

type Value struct {
	Counter
}

func main() {
	n := Named{&Counter{}, "n"}
	add := n.Add
	add(5)
	add(2)
	fmt.Println(n.N, n.Counter.N)
	v := Value{}
	vadd := v.Add
	vadd(3)
	fmt.Println(v.N)
	copyV := v
	copyV.Add(100)
	fmt.Println(v.N, copyV.N)
	exp := (*Counter).Add
	fmt.Println(exp(n.Counter, 10), n.N)
}
