// NaN keys never match; struct keys with float fields; deleting with NaN does nothing.
package main

import (
	"fmt"
	"math"
)

type Key struct {
	F float64
	S string
}

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	for i := 0; i < 3; i++ {
		m[nan] = i
	}
	m[1] = 10
	_, ok := m[nan]
	delete(m, nan)
	fmt.Println(len(m), ok, m[1])
	sum := 0
	for k, v := range m {
		if k != k {
			sum += v
		}
	}
	fmt.Println(sum)
	km := map[Key]int{{0, "a"}: 1}
	km[Key{math.Copysign(0, -1), "a"}]++
	fmt.Println(km, len(km))
	arrKey := map[[2]float64]string{{1, 2}: "x"}
	fmt.Println(arrKey[[2]float64{1.0, 2.0}])
}
