// Polynomials with integer coefficients: add, multiply, evaluate, derive and print.
package main

import (
	"fmt"
	"strings"
)

type Poly []int // Poly[i] is the coefficient of x^i

func (p Poly) trim() Poly {
	for len(p) > 0 && p[len(p)-1] == 0 {
		p = p[:len(p)-1]
	}
	return p
}

func (p Poly) Add(q Poly) Poly {
	n := len(p)
	if len(q) > n {
		n = len(q)
	}
	out := make(Poly, n)
	for i := range out {
		if i < len(p) {
			out[i] += p[i]
		}
		if i < len(q) {
			out[i] += q[i]
		}
	}
	return out.trim()
}

func (p Poly) Mul(q Poly) Poly {
	if len(p) == 0 || len(q) == 0 {
		return nil
	}
	out := make(Poly, len(p)+len(q)-1)
	for i, a := range p {
		for j, b := range q {
			out[i+j] += a * b
		}
	}
	return out.trim()
}

func (p Poly) Eval(x int) int {
	r := 0
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + p[i]
	}
	return r
}

func (p Poly) Deriv() Poly {
	if len(p) <= 1 {
		return nil
	}
	out := make(Poly, len(p)-1)
	for i := 1; i < len(p); i++ {
		out[i-1] = p[i] * i
	}
	return out.trim()
}

func (p Poly) String() string {
	if len(p) == 0 {
		return "0"
	}
	var terms []string
	for i := len(p) - 1; i >= 0; i-- {
		c := p[i]
		if c == 0 {
			continue
		}
		var t string
		switch {
		case i == 0:
			t = fmt.Sprint(c)
		case c == 1:
			t = ""
		case c == -1:
			t = "-"
		default:
			t = fmt.Sprint(c)
		}
		if i == 1 {
			t += "x"
		} else if i > 1 {
			t += fmt.Sprintf("x^%d", i)
		}
		terms = append(terms, t)
	}
	return strings.ReplaceAll(strings.Join(terms, " + "), "+ -", "- ")
}

func main() {
	p := Poly{1, 1}
	acc := Poly{1}
	for i := 0; i < 6; i++ {
		acc = acc.Mul(p)
	}
	fmt.Println(acc)
	q := Poly{-1, 0, 3, -1}
	fmt.Println(q, "|", q.Deriv(), "|", q.Deriv().Deriv())
	fmt.Println(q.Add(Poly{1, 0, -3, 1}), q.Mul(q))
	for x := -2; x <= 2; x++ {
		fmt.Print(q.Eval(x), " ")
	}
	fmt.Println()
}
