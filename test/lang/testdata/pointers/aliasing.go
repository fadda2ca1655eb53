// Pointers that alias: swap, pointer equality, escaping locals.
package main

import "fmt"

func swap(a, b *int) { *a, *b = *b, *a }

func counter() *int {
	c := 0
	return &c
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	swap(&x, &x)
	fmt.Println(x)
	c1 := counter()
	c2 := counter()
	*c1 += 5
	fmt.Println(*c1, *c2, c1 == c2)
	type Box struct{ v *int }
	b1 := Box{&x}
	b2 := b1
	*b2.v = 50
	fmt.Println(x, b1 == b2)
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		v := i * 10
		ptrs = append(ptrs, &v)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
