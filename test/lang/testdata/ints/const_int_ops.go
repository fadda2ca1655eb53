// Typed integer constant expressions and their run-time equivalents agree.
package main

import "fmt"

const (
	A int8   = 100
	B uint16 = 60000
	C int64  = -1 << 62
)

func main() {
	a, b, c := A, B, C
	fmt.Println(A/3, a/3, A%7, a%7, -A/3, -a/3)
	fmt.Println(B>>4, b>>4, B/7, b/7, B&0xF0F0, b&0xF0F0)
	fmt.Println(C/3, c/3, C>>10, c>>10, C%1000, c%1000)
	fmt.Println(^A, ^a, ^B, ^b)
	const big = 1<<63 - 1
	var v int64 = big
	fmt.Println(v, v+1 < 0)
}
