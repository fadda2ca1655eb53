// Wrapping arithmetic of int16 (16 bits, signed).
package main

import "fmt"

func main() {
	var max int16 = 32767
	var min int16 = -32768
	one := int16(1)
	fmt.Println("max", max, "min", min)
	fmt.Println("max+1", max+one, "min-1", min-one)
	fmt.Println("max*2", max*2, "max*max", max*max)
	fmt.Println("-min", -min, "-max", -max, "^max", ^max, "^min", ^min)
	x := max
	x++
	fmt.Println("inc", x)
	x--
	fmt.Println("dec", x)
	var acc int16 = 1
	for i := 0; i < 70; i++ {
		acc = acc*3 + 7
		if i%10 == 0 {
			fmt.Println("acc", i, acc)
		}
	}
	fmt.Println("final", acc)
	h := max / 3
	fmt.Println("div", h, max%7, (max-h)%5)
	var shifted int16 = 1
	for s := uint(0); s < 18; s += 7 {
		fmt.Println("shl", s, shifted<<s, max>>s, min>>s)
	}
	fmt.Printf("%d %v %x %X %o %b\n", max, min, max, max, max, int16(5))
	fmt.Printf("%T %T\n", max, max+min)
	var sum int16
	for i := 0; i < 1000; i++ {
		sum += int16(i) * 97
	}
	fmt.Println("sum", sum)
}
