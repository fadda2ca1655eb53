// Newton's method and bisection with float64, compared with math.Sqrt.
package main

import (
	"fmt"
	"math"
)

func newton(x float64) (float64, int) {
	z := 1.0
	for i := 0; i < 100; i++ {
		next := z - (z*z-x)/(2*z)
		if next == z {
			return z, i
		}
		z = next
	}
	return z, 100
}

func bisect(f func(float64) float64, lo, hi float64) float64 {
	for i := 0; i < 60; i++ {
		mid := (lo + hi) / 2
		if f(lo)*f(mid) <= 0 {
			hi = mid
		} else {
			lo = mid
		}
	}
	return (lo + hi) / 2
}

func main() {
	for _, x := range []float64{2, 9, 10, 1e-6, 12345.678} {
		z, n := newton(x)
		fmt.Println(x, z, n, z == math.Sqrt(x), math.Sqrt(x))
	}
	root := bisect(func(x float64) float64 { return x*x*x - x - 2 }, 1, 2)
	fmt.Printf("%.15f\n", root)
}
