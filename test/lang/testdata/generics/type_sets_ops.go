// Operations permitted by type sets: arithmetic, comparison, conversion, len and indexing.
package main

import "fmt"

type Float interface{ ~float32 | ~float64 }

func Average[T Float](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}

type Bytesish interface{ ~string | ~[]byte }

func FirstByte[T Bytesish](s T) byte {
	if len(s) == 0 {
		return 0
	}
	return s[0]
}

func Convert[From ~int | ~int64, To ~float64 | ~int8](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

type Meters float64

func main() {
	fmt.Println(Average([]float64{1, 2, 4}), Average([]float32{0.1, 0.2}), Average([]Meters{3, 4}))
	fmt.Printf("%T\n", Average([]Meters{1}))
	fmt.Println(FirstByte("go"), FirstByte([]byte{7}), FirstByte(""))
	fmt.Println(Convert[int, float64]([]int{1, 2}), Convert[int64, int8]([]int64{127, 128, 300}))
}
