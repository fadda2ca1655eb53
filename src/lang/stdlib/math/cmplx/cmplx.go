// Package cmplx: Go's math/cmplx. The functions are native (src/lang/native/cmplx); the
// constructors below are plain Go.
package cmplx

import "math"

// Inf returns a complex infinity, complex(+Inf, +Inf).
func Inf() complex128 {
	inf := math.Inf(1)
	return complex(inf, inf)
}

// NaN returns a complex "not-a-number" value.
func NaN() complex128 {
	nan := math.NaN()
	return complex(nan, nan)
}

// Conj returns the complex conjugate of x.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

func Abs(x complex128) float64
func Phase(x complex128) float64
func Polar(x complex128) (r, θ float64)
func Rect(r, θ float64) complex128
func IsInf(x complex128) bool
func IsNaN(x complex128) bool
func Exp(x complex128) complex128
func Log(x complex128) complex128
func Log10(x complex128) complex128
func Sqrt(x complex128) complex128
func Pow(x, y complex128) complex128
func Sin(x complex128) complex128
func Cos(x complex128) complex128
func Sinh(x complex128) complex128
func Cosh(x complex128) complex128
func Tan(x complex128) complex128
func Tanh(x complex128) complex128
func Cot(x complex128) complex128
func Asin(x complex128) complex128
func Acos(x complex128) complex128
func Asinh(x complex128) complex128
func Acosh(x complex128) complex128
func Atan(x complex128) complex128
func Atanh(x complex128) complex128
