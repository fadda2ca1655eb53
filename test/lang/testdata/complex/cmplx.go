package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	zs := []complex128{0, 1, 1i, 3 + 4i, -2.5 + 0.5i, complex(1e-300, 1e300), complex(math.Inf(1), 1), complex(math.NaN(), 0), -1, 0.3 - 7i}
	for _, z := range zs {
		fmt.Println(z, cmplx.Abs(z), cmplx.Phase(z), cmplx.Conj(z), cmplx.IsInf(z), cmplx.IsNaN(z))
		r, th := cmplx.Polar(z)
		fmt.Println(r, th, cmplx.Rect(r, th))
		fmt.Println(cmplx.Sqrt(z), cmplx.Exp(z), cmplx.Log(z), cmplx.Log10(z))
		fmt.Println(cmplx.Sin(z), cmplx.Cos(z), cmplx.Tan(z), cmplx.Sinh(z), cmplx.Cosh(z), cmplx.Tanh(z))
		fmt.Println(cmplx.Asin(z), cmplx.Acos(z), cmplx.Atan(z), cmplx.Asinh(z), cmplx.Acosh(z), cmplx.Atanh(z))
		fmt.Println(cmplx.Pow(z, 2.5-1i), cmplx.Pow(z, 0), cmplx.Cot(z))
	}
	fmt.Println(cmplx.Inf(), cmplx.NaN())
	fmt.Println(cmplx.Tan(complex(1e10, 0.5)), cmplx.Tan(complex(math.Pi/2, 0)))
}
