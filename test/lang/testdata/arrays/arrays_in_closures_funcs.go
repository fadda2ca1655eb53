// Arrays captured by closures are shared variables; arrays passed as arguments are copies.
package main

import "fmt"

func sumArr(a [4]int) (s int) {
	for i := range a {
		s += a[i]
		a[i] = 0
	}
	return
}

func main() {
	arr := [4]int{1, 2, 3, 4}
	inc := func() { arr[0]++ }
	inc()
	inc()
	fmt.Println(arr, sumArr(arr), arr)
	ops := [3]func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 2 },
		func(x int) int { return x * x },
	}
	v := 3
	for _, op := range ops {
		v = op(v)
	}
	fmt.Println(v)
	matrix := [2][2]int{{1, 2}, {3, 4}}
	swap := func(m [2][2]int) [2][2]int {
		m[0], m[1] = m[1], m[0]
		return m
	}
	fmt.Println(swap(matrix), matrix)
}
