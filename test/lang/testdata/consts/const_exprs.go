// Constant arithmetic happens exactly at compile time, then converts.
package main

import "fmt"

const (
	Big   = 1 << 62
	Small = Big >> 61
	Mask  = 1<<64 - 1
	Half  = Mask / 2
	Neg   = -Big * 2
)

func main() {
	fmt.Println(Big, Small, uint64(Mask), Half, Neg)
	var u uint64 = Mask
	fmt.Println(u, u == 1<<64-1)
	const fl = 0.1 + 0.2
	fmt.Println(fl, fl == 0.3, 0.1+0.2 == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3)
	const r = 'a' * 2
	fmt.Println(r, string(rune(r/2)))
	const e1 = 1e3
	var n int = e1
	fmt.Println(n)
}
