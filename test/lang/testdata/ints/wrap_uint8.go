// Wrapping arithmetic of uint8 (8 bits, unsigned).
package main

import "fmt"

func main() {
	var max uint8 = 255
	var min uint8 = 0
	one := uint8(1)
	fmt.Println("max", max, "min", min)
	fmt.Println("max+1", max+one, "min-1", min-one)
	fmt.Println("max*2", max*2, "max*max", max*max)
	fmt.Println("-min", -min, "-max", -max, "^max", ^max, "^min", ^min)
	x := max
	x++
	fmt.Println("inc", x)
	x--
	fmt.Println("dec", x)
	var acc uint8 = 1
	for i := 0; i < 70; i++ {
		acc = acc*3 + 7
		if i%10 == 0 {
			fmt.Println("acc", i, acc)
		}
	}
	fmt.Println("final", acc)
	h := max / 3
	fmt.Println("div", h, max%7, (max-h)%5)
	var shifted uint8 = 1
	for s := uint(0); s < 10; s += 7 {
		fmt.Println("shl", s, shifted<<s, max>>s, min>>s)
	}
	fmt.Printf("%d %v %x %X %o %b\n", max, min, max, max, max, uint8(5))
	fmt.Printf("%T %T\n", max, max+min)
	var sum uint8
	for i := 0; i < 1000; i++ {
		sum += uint8(i) * 97
	}
	fmt.Println("sum", sum)
}
