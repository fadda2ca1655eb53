// Arbitrary-precision decimal arithmetic on digit slices: factorials and Fibonacci.
package main

import (
	"fmt"
	"strings"
)

type Big []int // little-endian base-10^4 limbs

const base = 10000

func fromInt(n int) Big {
	if n == 0 {
		return Big{0}
	}
	var b Big
	for n > 0 {
		b = append(b, n%base)
		n /= base
	}
	return b
}

func add(a, b Big) Big {
	var out Big
	carry := 0
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += a[i]
		}
		if i < len(b) {
			s += b[i]
		}
		out = append(out, s%base)
		carry = s / base
	}
	return out
}

func mulSmall(a Big, m int) Big {
	var out Big
	carry := 0
	for i := 0; i < len(a) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += a[i] * m
		}
		out = append(out, s%base)
		carry = s / base
	}
	return out
}

func (b Big) String() string {
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(b[len(b)-1]))
	for i := len(b) - 2; i >= 0; i-- {
		fmt.Fprintf(&sb, "%04d", b[i])
	}
	return sb.String()
}

func main() {
	f := fromInt(1)
	for i := 2; i <= 50; i++ {
		f = mulSmall(f, i)
	}
	fmt.Println("50! =", f)
	a, b := fromInt(0), fromInt(1)
	for i := 0; i < 200; i++ {
		a, b = b, add(a, b)
	}
	fmt.Println("fib(200) =", a)
	p := fromInt(1)
	for i := 0; i < 100; i++ {
		p = mulSmall(p, 2)
	}
	fmt.Println("2^100 =", p, len(p.String()))
}
