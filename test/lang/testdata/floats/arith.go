// float64 arithmetic is IEEE 754 double: no fused multiply-add, exact rounding.
package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3, math.Abs(a+b-0.3) < 1e-15)
	x := 1e16
	fmt.Println(x+1, x+2, x+1-x)
	s := 0.0
	for i := 1; i <= 100; i++ {
		s += 1 / float64(i)
	}
	fmt.Println(s)
	fmt.Println(7.0/2, -7.0/2, math.Mod(7, -2), math.Mod(-7, 2), math.Remainder(7, 2))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Round(0.5))
	y := 3.0
	y *= 1.1
	y /= 7
	y -= 0.25
	fmt.Println(y)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	big := 1e308
	fmt.Println(float64(1<<62)*4, big*10, -big*10)
}
