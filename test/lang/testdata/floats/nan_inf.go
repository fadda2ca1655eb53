// NaN and infinities: printing, comparison, arithmetic.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(inf, ninf, nan)
	fmt.Println(inf+1, inf-inf, inf*0, -inf, 1/inf, ninf < inf)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, math.IsNaN(nan), math.IsInf(ninf, -1))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Printf("%v %f %e %g %5.2f %+v %08.3f\n", inf, inf, ninf, nan, nan, inf, ninf)
	var f32 float32 = float32(inf)
	fmt.Println(f32, float32(nan))
	negz := math.Copysign(0, -1)
	fmt.Println(negz, zero, negz == zero, 1/negz, math.Signbit(negz))
	fmt.Printf("%v %.1f %g %e\n", negz, negz, negz, negz)
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m))
	println("println:", inf, nan, 1.5, negz)
}
