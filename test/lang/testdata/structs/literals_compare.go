// Struct literals, zero values, comparison and anonymous structs.
package main

import "fmt"

type Point struct{ X, Y int }
type Line struct {
	A, B  Point
	Label string
}

func main() {
	var z Point
	p := Point{1, 2}
	q := Point{Y: 2, X: 1}
	fmt.Println(z, p, q, p == q, p != z)
	l := Line{A: p, B: Point{3, 4}, Label: "l"}
	l2 := l
	l2.B.X = 30
	fmt.Println(l, l2, l == l2)
	anon := struct {
		Name string
		Age  int
	}{"x", 3}
	fmt.Println(anon, anon.Name)
	fmt.Printf("%v %+v %#v\n", anon, anon, anon)
	pts := []Point{{1, 1}, {2, 2}}
	pts[0].X = 10
	fmt.Println(pts)
	pp := &Point{5, 6}
	pp.Y++
	fmt.Println(*pp, pp.X)
	type Empty struct{}
	fmt.Println(Empty{} == Empty{}, Empty{})
	mp := map[Point]string{{1, 2}: "a"}
	fmt.Println(mp[q])
}
