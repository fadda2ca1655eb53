// iota in const blocks: skips, expressions, implicit repetition, multiple per line.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x = "s"
	y
	z = iota
	w
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z, w)
	fmt.Println(FlagA, FlagB, FlagC, FlagA|FlagC)
	fmt.Printf("%T %T %T\n", Monday, KB, FlagB)
}
