// Numerical accumulation: Kahan summation versus naive, in float64 and float32.
package main

import "fmt"

func main() {
	naive, kahan, comp := 0.0, 0.0, 0.0
	for i := 0; i < 100000; i++ {
		x := 0.1
		naive += x
		y := x - comp
		t := kahan + y
		comp = (t - kahan) - y
		kahan = t
	}
	fmt.Println(naive, kahan)
	var n32 float32
	for i := 0; i < 100000; i++ {
		n32 += 0.1
	}
	fmt.Println(n32)
	pi := 0.0
	sign := 1.0
	for k := 0; k < 1000; k++ {
		pi += sign * 4 / float64(2*k+1)
		sign = -sign
	}
	fmt.Printf("%.12f %v\n", pi, pi)
	e, term := 1.0, 1.0
	for k := 1; k < 20; k++ {
		term /= float64(k)
		e += term
	}
	fmt.Println(e)
}
