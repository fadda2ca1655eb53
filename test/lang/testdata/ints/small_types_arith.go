// int8/uint8/int16 arithmetic in loops and compound assignment.
package main

import "fmt"

func main() {
	var b byte = 250
	for i := 0; i < 10; i++ {
		b += 3
		fmt.Print(b, " ")
	}
	fmt.Println()
	var c int8 = 120
	for i := 0; i < 10; i++ {
		c += 5
		fmt.Print(c, " ")
	}
	fmt.Println()
	var d int16 = 1
	for i := 0; i < 20; i++ {
		d *= 3
	}
	fmt.Println(d)
	var e uint16 = 0
	e--
	fmt.Println(e, e*e, e/255)
	var f int32 = 1 << 30
	f *= 4
	fmt.Println(f)
	var g uint32 = 1
	g <<= 31
	g += g
	fmt.Println(g)
	var bs = []byte{200, 100, 56}
	var sum byte
	for _, x := range bs {
		sum += x
	}
	fmt.Println(sum, bs[0]+bs[1], int(bs[0])+int(bs[1]))
}
