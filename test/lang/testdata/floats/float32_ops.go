// float32 values in structs, slices and conversions stay single precision.
package main

import "fmt"

type Vec struct{ X, Y float32 }

func (v Vec) Dot(w Vec) float32 { return v.X*w.X + v.Y*w.Y }

func main() {
	v := Vec{0.1, 0.7}
	w := Vec{3.3, -1.1}
	fmt.Println(v.Dot(w), v, w)
	fmt.Printf("%v %+v %.8f\n", v.Dot(w), v, v.Dot(w))
	xs := []float32{1.1, 2.2, 3.3}
	var t float32
	for _, x := range xs {
		t += x
	}
	fmt.Println(t, t == 6.6, float64(t))
	var h float32 = 1e20
	fmt.Println(h*h, -h*h, h*h-h*h)
	q := float32(7) / float32(3)
	fmt.Println(q, float64(q)*3)
}
