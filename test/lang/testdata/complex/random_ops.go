// 5000 random complex128 and complex64 + - * / and == (Inf, NaN, random bit patterns included):
// the hash covers every printed result.
package main

import (
	"fmt"
	"math"
)

var seed uint64 = 88172645463325252

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func val() float64 {
	switch next() % 10 {
	case 0:
		return 0
	case 1:
		return math.Inf(1 - 2*int(next()%2))
	case 2:
		return math.NaN()
	case 3:
		return math.Float64frombits(next())
	case 4:
		return -0.0 * 1
	default:
		return float64(int64(next()%2000000)-1000000) / float64(next()%1000+1) * math.Pow(10, float64(int(next()%40)-20))
	}
}

func main() {
	h := uint64(0)
	for i := 0; i < 5000; i++ {
		a := complex(val(), val())
		b := complex(val(), val())
		a64 := complex64(a)
		b64 := complex64(b)
		s := fmt.Sprint(a+b, a-b, a*b, a/b, a64+b64, a64-b64, a64*b64, a64/b64, a == b, a64 == b64)
		for _, c := range []byte(s) {
			h = h*1099511628211 + uint64(c)
		}
		if i%500 == 0 {
			fmt.Println(s)
		}
	}
	fmt.Println(h)
}
