// Struct and method heavy: value and pointer receivers, embedding, interface dispatch over a particle system.
package main

import "fmt"

type Vec struct{ X, Y float64 }

func (a Vec) Add(b Vec) Vec       { return Vec{a.X + b.X, a.Y + b.Y} }
func (a Vec) Scale(k float64) Vec { return Vec{a.X * k, a.Y * k} }
func (a Vec) Dot(b Vec) float64   { return a.X*b.X + a.Y*b.Y }

type Body struct {
	Pos, Vel Vec
	Mass     float64
}

func (b *Body) Step(dt float64, g Vec) {
	b.Vel = b.Vel.Add(g.Scale(dt))
	b.Pos = b.Pos.Add(b.Vel.Scale(dt))
	if b.Pos.Y < 0 {
		b.Pos.Y = -b.Pos.Y
		b.Vel.Y = -b.Vel.Y * 0.9
	}
}

type Shape interface {
	Area() float64
	Move(d Vec)
}

type Circle struct {
	Body
	R float64
}

type Box struct {
	Body
	W, H float64
}

func (c *Circle) Area() float64 { return 3.0 * c.R * c.R }
func (c *Circle) Move(d Vec)    { c.Pos = c.Pos.Add(d) }
func (b *Box) Area() float64    { return b.W * b.H }
func (b *Box) Move(d Vec)       { b.Pos = b.Pos.Add(d) }

func main() {
	var shapes []Shape
	var bodies []*Body
	for i := 0; i < 1000; i++ {
		fi := float64(i)
		if i%2 == 0 {
			c := &Circle{Body{Vec{fi, fi * 0.5}, Vec{1, 0}, 1 + fi/100}, 1 + float64(i%7)}
			shapes = append(shapes, c)
			bodies = append(bodies, &c.Body)
		} else {
			b := &Box{Body{Vec{-fi, fi}, Vec{0, 1}, 2}, float64(i % 5), float64(i % 3)}
			shapes = append(shapes, b)
			bodies = append(bodies, &b.Body)
		}
	}
	g := Vec{0, -9.81}
	for step := 0; step < 20000; step++ {
		for _, b := range bodies {
			b.Step(0.001, g)
		}
		if step%100 == 0 {
			for _, s := range shapes {
				s.Move(Vec{0.01, 0})
			}
		}
	}
	area, energy := 0.0, 0.0
	for i, s := range shapes {
		area += s.Area()
		b := bodies[i]
		energy += 0.5 * b.Mass * b.Vel.Dot(b.Vel)
	}
	fmt.Printf("%.6f %.6f %.6f\n", area, energy, bodies[999].Pos.Y)
}
