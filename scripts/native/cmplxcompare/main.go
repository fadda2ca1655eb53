// Prints Go 1.19's math/cmplx results on random inputs, one a line: the function, then the
// Float64bits of the input's parts (both inputs for Pow) and of the result's, in hex;
// scripts/native/compare-cmplx.ts checks src/lang/native/cmplx against every line.
// Run: go run . SEED COUNT
package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"math/rand"
	"os"
	"strconv"
)

func main() {
	seed, _ := strconv.ParseInt(os.Args[1], 10, 64)
	count, _ := strconv.Atoi(os.Args[2])
	r := rand.New(rand.NewSource(seed))
	b := math.Float64bits
	for i := 0; i < count; i++ {
		var x complex128
		switch i % 5 {
		case 0:
			x = complex(r.Float64()*10-5, r.Float64()*10-5)
		case 1:
			x = complex(float64(r.Intn(40)-20)*math.Pi/2+r.Float64()*1e-3, r.Float64()*1e-3)
		case 2:
			x = complex(r.NormFloat64()*1e9, r.NormFloat64())
		case 3: // huge real parts near poles of Tan: the series denominator with Payne–Hanek
			x = complex(float64(r.Int63n(1<<50))*math.Pi/2, r.Float64()*1e-6)
		default:
			x = complex(math.Float64frombits(r.Uint64()), math.Float64frombits(r.Uint64()))
		}
		for _, f := range []struct {
			n string
			f func(complex128) complex128
		}{{"Atan", cmplx.Atan}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot}, {"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh}, {"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10}, {"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh}} {
			y := f.f(x)
			fmt.Printf("%s %x %x %x %x\n", f.n, b(real(x)), b(imag(x)), b(real(y)), b(imag(y)))
		}
		y := complex(r.Float64()*4-2, r.Float64()*4-2)
		p := cmplx.Pow(x, y)
		fmt.Printf("Pow %x %x %x %x %x %x\n", b(real(x)), b(imag(x)), b(real(y)), b(imag(y)), b(real(p)), b(imag(p)))
	}
}
