// Typed constants, default types of untyped constants, and constant expressions.
package main

import "fmt"

type Celsius float64
type Level int

const Boiling Celsius = 100
const Max Level = 10

func main() {
	t := Boiling / 3
	fmt.Printf("%v %T\n", t, t)
	l := Max - 3
	fmt.Printf("%v %T\n", l, l)
	a := 1
	b := 1.0
	c := 'r'
	d := "s"
	e := 1 + 0i*0
	_ = e
	f := true
	fmt.Printf("%T %T %T %T %T\n", a, b, c, d, f)
	const k = 10
	var x8 int8 = k * 12
	var xf float32 = k / 4
	var xf2 float32 = k / 4.0
	fmt.Println(x8, xf, xf2)
	const m = 5 > 3 && "a" < "b"
	fmt.Println(m, len("héllo"), len([3]int{}))
	fmt.Println(1<<3|1, 7&^2, ^0, -5>>1)
}
