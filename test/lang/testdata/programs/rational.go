// Rational numbers with int64 and gcd normalization: continued fractions and harmonic sums.
package main

import "fmt"

type Rat struct{ N, D int64 }

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func R(n, d int64) Rat {
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		return Rat{0, 1}
	}
	return Rat{n / g, d / g}
}

func (a Rat) Add(b Rat) Rat { return R(a.N*b.D+b.N*a.D, a.D*b.D) }
func (a Rat) Mul(b Rat) Rat { return R(a.N*b.N, a.D*b.D) }
func (a Rat) Inv() Rat      { return R(a.D, a.N) }
func (a Rat) String() string {
	if a.D == 1 {
		return fmt.Sprint(a.N)
	}
	return fmt.Sprintf("%d/%d", a.N, a.D)
}
func (a Rat) Float() float64 { return float64(a.N) / float64(a.D) }

func main() {
	h := R(0, 1)
	for i := int64(1); i <= 20; i++ {
		h = h.Add(R(1, i))
	}
	fmt.Println(h, h.Float())
	cf := []int64{1, 2, 2, 2, 2, 2, 2, 2, 2, 2}
	x := R(cf[len(cf)-1], 1)
	for i := len(cf) - 2; i >= 0; i-- {
		x = R(cf[i], 1).Add(x.Inv())
	}
	fmt.Println(x, x.Float(), x.Mul(x).Float())
	fmt.Println(R(6, -8), R(0, 5), R(3, 3).Mul(R(2, 7)), []Rat{R(1, 2), R(2, 4)})
}
