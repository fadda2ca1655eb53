package main

import (
	"fmt"
	"math"
)

type Pair struct {
	A complex128
	B complex64
}

func div(a, b complex128) complex128 { return a / b }

func main() {
	a := 1 + 2i
	b := complex(3.5, -4)
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(a*b), imag(a/b))
	var c64 complex64 = 1.1 + 2.2i
	d64 := complex64(complex(0.3, 0.7))
	fmt.Println(c64+d64, c64-d64, c64*d64, c64/d64)
	fmt.Println(complex128(c64), complex64(a/b))
	fmt.Printf("%T %T %T\n", a, c64, real(c64))
	x := a
	x += 1
	x *= 2i
	x -= b
	x /= 3
	x++
	fmt.Println(x, -x)
	// equality
	fmt.Println(a == 1+2i, a != b, c64 == complex64(complex(float32(1.1), float32(2.2))))
	// division by zero and the C99 corrections
	inf := math.Inf(1)
	nan := math.NaN()
	zero := complex(0, 0)
	cases := []complex128{1 + 1i, 0, complex(inf, 0), complex(0, inf), complex(nan, 1), complex(inf, inf), complex(-inf, 2), complex(1e300, 1e300), complex(1e-300, 3)}
	for _, n := range cases {
		for _, m := range cases {
			fmt.Print(div(n, m), " ")
		}
		fmt.Println(div(n, zero))
	}
	q := complex(1, 1) / complex(nan, nan)
	fmt.Println(q, q == q)
	// constants
	const k = (1 + 2i) * (3 - 1i) / 2i
	const r = real(k)
	fmt.Println(k, r, imag(k))
	var f32 complex64 = k
	fmt.Println(f32, complex(float32(1)/3, 2))
	// composite values
	p := Pair{A: 1 - 1i, B: 2 + 0.5i}
	q2 := p
	fmt.Println(p == q2, p, fmt.Sprintf("%+v", p))
	q2.B += 1i
	fmt.Println(p == q2, q2)
	arr := [3]complex128{1, 1i, -1}
	fmt.Println(arr, arr == [3]complex128{1, 1i, -1})
	s := []complex64{1, 2i}
	s = append(s, 3+3i)
	fmt.Println(s, len(s))
	m := map[complex128]string{1i: "i", 1: "one", -1: "minus one", 0: "zero"}
	m[complex(0, 0)] = "still zero"
	fmt.Println(m, len(m), m[1i])
	var e interface{} = a
	switch v := e.(type) {
	case complex64:
		fmt.Println("c64", v)
	case complex128:
		fmt.Println("c128", v, e == interface{}(1+2i))
	}
	var z complex128
	fmt.Println(z, z == 0)
	println(a, c64)
}
