// Pointer-receiver methods belong to *T's method set only.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Circle struct{ R float64 }

func (c *Circle) Area() float64      { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }
func (c *Circle) Grow()              { c.R *= 2 }

func main() {
	shapes := []Shape{Rect{2, 3}, &Rect{1, 1}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%T %.1f %.1f\n", s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Println(total)
	c := &Circle{2}
	var s Shape = c
	c.Grow()
	fmt.Println(s.Area())
	_, isShape := interface{}(Circle{}).(Shape)
	_, isShapeP := interface{}(&Circle{}).(Shape)
	fmt.Println(isShape, isShapeP)
}
