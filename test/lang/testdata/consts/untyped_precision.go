// Untyped constants have arbitrary precision until they are used.
package main

import (
	"fmt"
	"math"
)

const Huge = 1 << 100
const Ratio = Huge / (1 << 98)
const Third = 1.0 / 3
const Exact = Third * 3

func main() {
	fmt.Println(Ratio, Huge>>90, Huge%7)
	fmt.Println(Third, Exact, Exact == 1)
	fmt.Println(float32(Third), math.Pi, float32(math.Pi))
	const big = 12345678901234567890123456789
	fmt.Println(big/1e20, big%1000)
	const f = 1e400 / 1e390
	fmt.Println(f)
	var i int = 'a' + 1
	var g float64 = 3 / 2
	var h float64 = 3 / 2.0
	fmt.Println(i, g, h)
	const c = 'x' + 1.0
	fmt.Printf("%v %T\n", c, c)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	const tooBig = math.MaxUint64 + 1
	fmt.Println(uint64(tooBig / 2))
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint16)
}
