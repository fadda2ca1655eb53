// float32 arithmetic rounds to single precision after every operation.
package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, float64(a)+float64(b), float64(a+b))
	var s float32
	for i := 0; i < 10; i++ {
		s += 0.1
	}
	fmt.Println(s, s == 1, float64(s))
	var big float32 = 16777216
	fmt.Println(big+1, big+2, big+1 == big)
	x := float32(1) / 3
	fmt.Println(x, x*3, float64(x))
	fmt.Printf("%v %g %.10f %e\n", x, x, x, x)
	var f64 float64 = 1.0000001
	var h38 float32 = 3.4e38
	fmt.Println(float32(f64), h38*10, float32(1e-45), float32(1e-46))
	var p float32 = 1
	for i := 0; i < 30; i++ {
		p *= 1.7
	}
	fmt.Println(p)
	fmt.Println(float32(16777217), float32(0.333333343267), float32(2.5e-8))
}
