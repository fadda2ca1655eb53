// Method values bind their receiver when evaluated; method expressions take it as argument.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func apply(f func(Point) Point, p Point) Point { return f(p) }

func main() {
	p := Point{1, 2}
	add := p.Add
	p = Point{100, 100}
	fmt.Println(add(Point{1, 1}))
	scale := p.Scale
	scale(2)
	fmt.Println(p)
	addExpr := Point.Add
	fmt.Println(addExpr(Point{1, 1}, Point{2, 2}))
	scaleExpr := (*Point).Scale
	scaleExpr(&p, 3)
	fmt.Println(p)
	fmt.Println(apply(Point{10, 20}.Add, Point{1, 2}))
	str := (*Point).String
	fmt.Println(str(&p))
	fs := []func() string{p.String, Point{7, 7}.String}
	p.X = 0
	for _, f := range fs {
		fmt.Println(f())
	}
	fmt.Printf("%T\n%T\n", addExpr, scaleExpr)
}
