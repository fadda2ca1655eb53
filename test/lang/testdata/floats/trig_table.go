// A table of trig values printed at fixed precision (deterministic math implementations).
package main

import (
	"fmt"
	"math"
)

func main() {
	for deg := 0; deg <= 360; deg += 30 {
		r := float64(deg) * math.Pi / 180
		fmt.Printf("%3d %9.6f %9.6f %12.6f %9.6f\n", deg, math.Sin(r), math.Cos(r), math.Tan(r), math.Atan2(math.Sin(r), math.Cos(r)))
	}
	for _, x := range []float64{0.1, 0.5, 1, 2, 10, 100} {
		fmt.Printf("%6.1f %.10f %.10f %.10f %.10e\n", x, math.Log(x), math.Sqrt(x), math.Exp(-x), math.Pow(x, 3.7))
	}
	fmt.Println(math.Sin(1e10), math.Cos(1e-10), math.Exp(0.1), math.Log(2))
}
