package main

import "fmt"

type Signal struct {
	Name    string
	Samples [2]complex64
	Gain    complex128
}

type Z complex128

func (z Z) Conj() Z { return Z(complex(real(z), -imag(z))) }

func (z *Z) Scale(k float64) { *z *= Z(complex(k, 0)) }

func classify(c complex128) string {
	switch c {
	case 0:
		return "zero"
	case 1i, -1i:
		return "unit imaginary"
	case 1:
		return "one"
	}
	return "other"
}

func main() {
	var s Signal
	fmt.Printf("%v %+v\n", s, s)
	s.Samples[1] = 2 + 3i
	s.Gain = +s.Gain + 1
	t := s
	t.Samples[1] += 1i
	fmt.Println(s == t, s.Samples == [2]complex64{0, 2 + 3i}, t.Samples)
	m := map[string]complex128{}
	m["a"] += 1i
	m["a"] *= 1i
	m["b"]--
	fmt.Println(m)
	for _, c := range []complex128{0, 1i, complex(0, -1), 1, 2} {
		fmt.Print(classify(c), "; ")
	}
	fmt.Println()
	var x, y interface{} = 1 + 1i, complex64(1 + 1i)
	fmt.Println(x == y, x == interface{}(complex(1, 1)), y == interface{}(complex64(complex(1, 1))))
	if c, ok := y.(complex64); ok {
		fmt.Println("complex64", c, real(c)+imag(c))
	}
	_, ok := x.(complex64)
	fmt.Println(ok)
	z := Z(3 + 4i)
	z.Scale(2)
	fmt.Println(z, z.Conj(), z*z.Conj())
	ps := []*complex128{new(complex128)}
	*ps[0] = 5i
	*ps[0] /= 2
	fmt.Println(*ps[0])
	cs := make([]complex64, 3, 10)
	copy(cs, []complex64{1, 2, 3, 4})
	fmt.Println(cs, cap(cs))
	const huge = 1e300 * 1e300i
	fmt.Println(real(huge) == 0, imag(huge) > 1e308)
	var acc complex128
	for i := 1; i <= 10; i++ {
		acc += complex(float64(i), float64(-i)) / complex(float64(i), 1)
	}
	fmt.Printf("%.10f\n", acc)
}
