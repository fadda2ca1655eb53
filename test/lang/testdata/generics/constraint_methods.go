// Type parameters with method constraints and pointer-method constraints.
package main

import "fmt"

type Shape interface {
	Area() float64
}

type Sq struct{ s float64 }
type Ci struct{ r float64 }

func (s Sq) Area() float64 { return s.s * s.s }
func (c Ci) Area() float64 { return 3 * c.r * c.r }

func TotalArea[S Shape](shapes []S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

type Resetter[T any] interface {
	*T
	Reset()
}

type Conn struct{ open bool }

func (c *Conn) Reset() { c.open = false }

func ResetAll[T any, PT Resetter[T]](xs []T) {
	for i := range xs {
		PT(&xs[i]).Reset()
	}
}

func main() {
	fmt.Println(TotalArea([]Sq{{1}, {2}}), TotalArea([]Shape{Sq{1}, Ci{1}}))
	cs := []Conn{{true}, {true}}
	ResetAll(cs)
	fmt.Println(cs)
}
