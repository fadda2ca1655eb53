// Generic numeric algorithms instantiated at several widths, showing per-type wrapping.
package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

func SumSquares[T Integer](n T) T {
	var s T
	for i := T(1); i <= n; i++ {
		s += i * i
	}
	return s
}

func GCD[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func Pow[T Integer | ~float64](b T, e int) T {
	r := T(1)
	for i := 0; i < e; i++ {
		r *= b
	}
	return r
}

func main() {
	fmt.Println(SumSquares[int8](10), SumSquares[uint8](10), SumSquares[int16](50), SumSquares[uint32](2000), SumSquares(100000))
	fmt.Println(GCD(48, 18), GCD[uint8](255, 85), GCD(int64(1)<<40, 1<<20))
	fmt.Println(Pow(3, 40), Pow[int32](3, 40), Pow[uint16](3, 40), Pow(1.5, 10))
}
