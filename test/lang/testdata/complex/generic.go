package main

import "fmt"

type Number interface {
	~int | ~float64 | ~complex64 | ~complex128
}

type Phasor complex128

func (p Phasor) String() string { return fmt.Sprintf("phasor%v", complex128(p)) }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Product[T Number](xs []T) T {
	p := T(1)
	for _, x := range xs {
		p *= x
	}
	return p
}

// mandelbrot escape count, a common use of complex arithmetic
func escape(c complex128) int {
	z := complex(0, 0)
	for i := 0; i < 50; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return 50
}

func main() {
	fmt.Println(Sum(1+1i, 2-3i, 0.5i), Sum[complex64](1, 2i), Sum(1, 2, 3))
	fmt.Println(Product([]complex128{1i, 1i, 1i}), Product([]Phasor{2, 1i}))
	var p Phasor = 3 + 4i
	fmt.Println(p, p*p)
	fmt.Printf("%v %s %.1f\n", p, p, complex128(p))
	for y := 1.0; y >= -1.0; y -= 0.5 {
		line := ""
		for x := -2.0; x <= 0.5; x += 0.25 {
			n := escape(complex(x, y))
			switch {
			case n == 50:
				line += "#"
			case n > 5:
				line += "+"
			default:
				line += "."
			}
		}
		fmt.Println(line)
	}
}
