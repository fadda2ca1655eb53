// Generates test/lang/native/fixtures/math.txt: Float64bits of Go 1.19 math results on amd64.
// Run: cd scripts/native/mathgen && go run . ../../../test/lang/native/fixtures/math.txt
package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand"
	"os"
)

var r = rand.New(rand.NewSource(42))

func specials() []float64 {
	return []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 2, 3, 10, 0.1, 1e-300, -1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
		math.MaxFloat64, -math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, math.Pi / 2, math.Pi / 4, -math.Pi, 1e10, 1e22, 1e300, 709, 710, -745, -746, 700, 0.7, 0.66, 2.414, 21, 22, 44, 1 << 29, 1 << 30, 1e15, 1e18, 4.5e15, 0.9999999999999999, 1.0000000000000002}
}

func rnd(kind int) float64 {
	switch kind {
	case 0: // any finite double
		for {
			f := math.Float64frombits(r.Uint64())
			if !math.IsNaN(f) && !math.IsInf(f, 0) {
				return f
			}
		}
	case 1:
		return r.Float64()*20 - 10
	case 2:
		return r.Float64()*2 - 1
	case 3:
		return (r.Float64()*2 - 1) * math.Pow(10, float64(r.Intn(40)-20))
	case 4:
		return r.Float64() * 1400 - 700
	default:
		return (r.Float64()*2 - 1) * 1e6
	}
}

func inputs(kinds ...int) []float64 {
	xs := specials()
	for _, k := range kinds {
		for i := 0; i < 150; i++ {
			xs = append(xs, rnd(k))
		}
	}
	return xs
}

func main() {
	f, _ := os.Create(os.Args[1])
	w := bufio.NewWriter(f)
	defer func() { w.Flush(); f.Close() }()
	b := math.Float64bits
	one := map[string]func(float64) float64{
		"Sqrt": math.Sqrt, "Floor": math.Floor, "Ceil": math.Ceil, "Trunc": math.Trunc, "Round": math.Round, "RoundToEven": math.RoundToEven,
		"Abs": math.Abs, "Exp": math.Exp, "Exp2": math.Exp2, "Expm1": math.Expm1, "Log": math.Log, "Log2": math.Log2, "Log10": math.Log10, "Log1p": math.Log1p,
		"Sin": math.Sin, "Cos": math.Cos, "Tan": math.Tan, "Asin": math.Asin, "Acos": math.Acos, "Atan": math.Atan, "Sinh": math.Sinh, "Cosh": math.Cosh, "Tanh": math.Tanh,
		"Asinh": math.Asinh, "Acosh": math.Acosh, "Atanh": math.Atanh, "Cbrt": math.Cbrt,
	}
	names := []string{"Sqrt", "Floor", "Ceil", "Trunc", "Round", "RoundToEven", "Abs", "Exp", "Exp2", "Expm1", "Log", "Log2", "Log10", "Log1p", "Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Sinh", "Cosh", "Tanh", "Asinh", "Acosh", "Atanh", "Cbrt"}
	for _, n := range names {
		fn := one[n]
		for _, x := range inputs(0, 1, 2, 3, 4, 5) {
			fmt.Fprintf(w, "%s %x %x\n", n, b(x), b(fn(x)))
		}
	}
	for _, x := range inputs(0, 1, 3, 5) {
		i, fr := math.Modf(x)
		fmt.Fprintf(w, "Modf %x %x %x\n", b(x), b(i), b(fr))
		fr, e := math.Frexp(x)
		fmt.Fprintf(w, "Frexp %x %x %d\n", b(x), b(fr), e)
		s, c := math.Sincos(x)
		fmt.Fprintf(w, "Sincos %x %x %x\n", b(x), b(s), b(c))
		k := r.Intn(2300) - 1150
		fmt.Fprintf(w, "Ldexp %x %d %x\n", b(x), k, b(math.Ldexp(x, k)))
	}
	two := map[string]func(float64, float64) float64{"Pow": math.Pow, "Atan2": math.Atan2, "Hypot": math.Hypot, "Mod": math.Mod, "Remainder": math.Remainder, "Max": math.Max, "Min": math.Min, "Dim": math.Dim, "Copysign": math.Copysign, "Nextafter": math.Nextafter}
	for _, n := range []string{"Pow", "Atan2", "Hypot", "Mod", "Remainder", "Max", "Min", "Dim", "Copysign", "Nextafter"} {
		fn := two[n]
		sp := specials()
		for _, x := range sp {
			for j := 0; j < 6; j++ {
				y := sp[r.Intn(len(sp))]
				fmt.Fprintf(w, "%s %x %x %x\n", n, b(x), b(y), b(fn(x, y)))
			}
		}
		for i := 0; i < 800; i++ {
			x, y := rnd(r.Intn(6)), rnd(r.Intn(6))
			if n == "Pow" && r.Intn(3) == 0 {
				y = float64(r.Intn(200) - 100)
			}
			if n == "Pow" && r.Intn(3) == 0 {
				x = math.Abs(x)
			}
			fmt.Fprintf(w, "%s %x %x %x\n", n, b(x), b(y), b(fn(x, y)))
		}
	}
	for i := 0; i < 3000; i++ {
		x, y, z := rnd(r.Intn(6)), rnd(r.Intn(6)), rnd(r.Intn(6))
		fmt.Fprintf(w, "FMA %x %x %x %x\n", b(x), b(y), b(z), b(math.FMA(x, y, z)))
	}
	for n := -330; n <= 330; n++ {
		fmt.Fprintf(w, "Pow10 %d %x\n", n, b(math.Pow10(n)))
	}
	for i := 0; i < 300; i++ {
		x, y := math.Float32frombits(r.Uint32()), math.Float32frombits(r.Uint32())
		fmt.Fprintf(w, "Nextafter32 %x %x %x\n", b(float64(x)), b(float64(y)), b(float64(math.Nextafter32(x, y))))
	}
	// Appended last so that the random inputs of the cases above stay as they were.
	special := map[string]func(float64) float64{"Gamma": math.Gamma, "Erf": math.Erf, "Erfc": math.Erfc}
	for _, n := range []string{"Gamma", "Erf", "Erfc"} {
		for _, x := range inputs(0, 1, 2, 3, 4, 5) {
			fmt.Fprintf(w, "%s %x %x\n", n, b(x), b(special[n](x)))
		}
	}
	for _, x := range append(inputs(0, 1, 2, 3, 4, 5), -0.5, -1.5, -2.5, -33.5, -170.5, -1e-300, 1e-300, 0.2, 0.8, 1.2, 1.5, 1.8, 7.5, 171.5, 1e17, 1e18) {
		lg, sign := math.Lgamma(x)
		fmt.Fprintf(w, "Lgamma %x %x %d\n", b(x), b(lg), sign)
	}
}
