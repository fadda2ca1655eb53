// A fixed-size ring buffer with overwrite, iteration and statistics over a stream.
package main

import "fmt"

type Ring struct {
	data  []float64
	start int
	size  int
}

func NewRing(n int) *Ring { return &Ring{data: make([]float64, n)} }

func (r *Ring) Push(v float64) (evicted float64, full bool) {
	if r.size < len(r.data) {
		r.data[(r.start+r.size)%len(r.data)] = v
		r.size++
		return 0, false
	}
	evicted = r.data[r.start]
	r.data[r.start] = v
	r.start = (r.start + 1) % len(r.data)
	return evicted, true
}

func (r *Ring) Each(f func(i int, v float64)) {
	for i := 0; i < r.size; i++ {
		f(i, r.data[(r.start+i)%len(r.data)])
	}
}

func (r *Ring) Mean() float64 {
	s := 0.0
	r.Each(func(_ int, v float64) { s += v })
	return s / float64(r.size)
}

func main() {
	r := NewRing(4)
	for i := 1; i <= 10; i++ {
		v := float64(i*i) / 2
		ev, full := r.Push(v)
		fmt.Printf("push %5.1f evicted=%5.1f full=%-5v mean=%.3f\n", v, ev, full, r.Mean())
	}
	r.Each(func(i int, v float64) { fmt.Print(i, ":", v, " ") })
	fmt.Println()
	fmt.Println(r.data, r.start, r.size)
}
