// math special cases: Pow, Sqrt, Log, Exp, Atan2, Mod with zeros, infinities and NaN.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan, negz := math.Inf(1), math.NaN(), math.Copysign(0, -1)
	fmt.Println(math.Pow(0, -1), math.Pow(negz, -1), math.Pow(-1, inf), math.Pow(nan, 0), math.Pow(1, nan), math.Pow(2, -1074), math.Pow(-2, 0.5))
	fmt.Println(math.Sqrt(negz), math.Sqrt(inf), math.Log(0), math.Log(-1), math.Log(inf), math.Exp(710), math.Exp(-746), math.Exp(nan))
	fmt.Println(math.Atan2(0, -1), math.Atan2(negz, -1), math.Atan2(inf, inf), math.Atan2(1, 0), math.Atan2(0, 0))
	fmt.Println(math.Mod(5, 0), math.Mod(inf, 1), math.Mod(5, inf), math.Mod(-5.5, 2), math.Mod(5.5, -2))
	fmt.Println(math.Floor(inf), math.Ceil(negz), math.Trunc(nan), math.Round(negz), math.Round(-0.4), math.Abs(negz))
	fmt.Println(math.Max(inf, nan), math.Min(-inf, 0), math.Max(negz, 0), math.Min(negz, 0), math.Hypot(inf, nan))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter32(1, 2), math.IsInf(math.Exp(1000), 1))
	fmt.Println(math.Cbrt(-27), math.Cbrt(negz), math.Log2(8), math.Log10(0.001), math.Log1p(-1), math.Expm1(inf))
	fmt.Println(math.Sin(inf), math.Cos(nan), math.Tan(negz), math.Asin(2), math.Acos(-1), math.Atan(inf))
	fmt.Println(math.Gamma(5), math.Gamma(0.5), math.Erf(0.5), math.Erfc(0.5))
	lg, sign := math.Lgamma(-2.5)
	fmt.Println(lg, sign)
	fmt.Println(math.Trunc(1e300), math.Floor(-1e-300), math.Ceil(1e-300), math.Float64bits(negz))
}
