// math functions with values chosen to have exact, well-known results.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(16), math.Sqrt(-1), math.Cbrt(27))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(10, -3))
	fmt.Println(math.Exp(1), math.Exp(0), math.Log(math.E), math.Log(1), math.Log10(1000), math.Log2(1024))
	fmt.Println(math.Sin(0), math.Cos(0), math.Sin(math.Pi/2), math.Cos(math.Pi), math.Tan(math.Pi/4))
	fmt.Println(math.Atan(1)*4, math.Atan2(1, -1), math.Asin(1), math.Acos(0))
	fmt.Println(math.Hypot(3, 4), math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Sinh(1), math.Cosh(1), math.Tanh(0.5))
	fmt.Println(math.Log1p(1e-10), math.Expm1(1e-10), math.Exp2(10))
	fr, ex := math.Frexp(8)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(-3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Float64bits(1.5), math.Float64frombits(0x3ff8000000000000), math.Float32bits(1.5), math.Float32frombits(0x3fc00000))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32, uint64(math.MaxUint64))
	fmt.Printf("%.15f %.15f %.15f\n", math.Sin(1), math.Cos(1), math.Exp(2.5))
	fmt.Printf("%.15f %.15f %.15f\n", math.Log(10), math.Pow(1.5, 2.5), math.Atan(0.3))
	fmt.Println(math.Abs(-3), math.Dim(5, 3), math.Dim(3, 5), math.Signbit(-1), math.Copysign(3, -1))
}
