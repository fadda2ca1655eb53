// Prints Go 1.19's math results for many random inputs, one case a line: the function's name, the
// inputs' and results' Float64bits in hex (ints in decimal). scripts/native/compare-math.ts runs
// it and checks src/lang/native/math against every line.
// Run: go run . SEED COUNT
package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
)

var r *rand.Rand

// samplers draw from ranges where the algorithms change branch or lose bits.
var samplers = []func() float64{
	func() float64 { return math.Float64frombits(r.Uint64()) }, // any bit pattern
	func() float64 { return 20 * (r.Float64() - 0.5) },
	func() float64 { return 2 * (r.Float64() - 0.5) },
	func() float64 { return 2 * (r.Float64() - 0.5) * math.Pow(10, float64(r.Intn(600)-300)) },
	func() float64 { return 1500 * (r.Float64() - 0.5) },
	// near multiples of π/4, where the trig reduction cancels
	func() float64 { return float64(r.Intn(2000)-1000)*math.Pi/4 + (r.Float64()-0.5)*1e-9 },
	func() float64 { return math.Ldexp(r.Float64()+0.5, 29+r.Intn(995)) }, // huge: Payne–Hanek
	func() float64 { return math.Float64frombits(r.Uint64() >> 12) },      // subnormal
	// near integers and half-integers (gamma, lgamma, rounding)
	func() float64 { return float64(r.Intn(400)-200)/2 + float64(r.Intn(3)-1)*1e-12 },
	func() float64 { // next to branch points of the approximations
		b := []float64{0.25, 0.5, 0.625, 0.84375, 1.25, 2, 2.857142857142857, 6, 8, 21, 28, 0.66, 2.414}[r.Intn(13)]
		return b * (1 + float64(r.Intn(200)-100)*1e-16)
	},
	func() float64 { return r.ExpFloat64() * 50 },
	func() float64 { return 2e6 * (r.Float64() - 0.5) },
}

func sample() float64 {
	for {
		if x := samplers[r.Intn(len(samplers))](); !math.IsNaN(x) {
			return x
		}
	}
}

func main() {
	seed, _ := strconv.ParseInt(os.Args[1], 10, 64)
	count, _ := strconv.Atoi(os.Args[2])
	r = rand.New(rand.NewSource(seed))
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	b := math.Float64bits
	one := []struct {
		name string
		fn   func(float64) float64
	}{
		{"Sqrt", math.Sqrt}, {"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc}, {"Round", math.Round},
		{"RoundToEven", math.RoundToEven}, {"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1},
		{"Log", math.Log}, {"Log2", math.Log2}, {"Log10", math.Log10}, {"Log1p", math.Log1p}, {"Sin", math.Sin},
		{"Cos", math.Cos}, {"Tan", math.Tan}, {"Asin", math.Asin}, {"Acos", math.Acos}, {"Atan", math.Atan},
		{"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh}, {"Asinh", math.Asinh}, {"Acosh", math.Acosh},
		{"Atanh", math.Atanh}, {"Cbrt", math.Cbrt}, {"Gamma", math.Gamma}, {"Erf", math.Erf}, {"Erfc", math.Erfc},
	}
	two := []struct {
		name string
		fn   func(float64, float64) float64
	}{
		{"Pow", math.Pow}, {"Atan2", math.Atan2}, {"Hypot", math.Hypot}, {"Mod", math.Mod}, {"Remainder", math.Remainder},
	}
	for _, f := range one {
		for i := 0; i < count; i++ {
			x := sample()
			fmt.Fprintf(w, "%s %x %x\n", f.name, b(x), b(f.fn(x)))
		}
	}
	for _, f := range two {
		for i := 0; i < count; i++ {
			x, y := sample(), sample()
			if f.name == "Pow" && i%3 == 0 {
				x = math.Abs(x)
			}
			if f.name == "Pow" && i%4 == 1 {
				y = float64(r.Intn(400) - 200)
			}
			fmt.Fprintf(w, "%s %x %x %x\n", f.name, b(x), b(y), b(f.fn(x, y)))
		}
	}
	for i := 0; i < count; i++ {
		x := sample()
		s, c := math.Sincos(x)
		fmt.Fprintf(w, "Sincos %x %x %x\n", b(x), b(s), b(c))
		lg, sign := math.Lgamma(x)
		fmt.Fprintf(w, "Lgamma %x %x %d\n", b(x), b(lg), sign)
		fr, e := math.Frexp(x)
		fmt.Fprintf(w, "Frexp %x %x %d\n", b(x), b(fr), e)
		k := r.Intn(2300) - 1150
		fmt.Fprintf(w, "Ldexp %x %d %x\n", b(x), k, b(math.Ldexp(x, k)))
	}
}
