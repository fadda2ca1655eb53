// Embedding a generic type in another struct and promoting its methods.
package main

import "fmt"

type List[T any] struct{ items []T }

func (l *List[T]) Add(v T)    { l.items = append(l.items, v) }
func (l *List[T]) Len() int   { return len(l.items) }
func (l List[T]) At(i int) T  { return l.items[i] }

type Named struct {
	List[string]
	Name string
}

type Matrix[T any] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T any](r, c int) *Matrix[T] {
	return &Matrix[T]{r, c, make([]T, r*c)}
}

func (m *Matrix[T]) Set(r, c int, v T) { m.data[r*m.cols+c] = v }
func (m *Matrix[T]) Row(r int) []T     { return m.data[r*m.cols : (r+1)*m.cols] }

func main() {
	n := Named{Name: "fruits"}
	n.Add("apple")
	n.Add("pear")
	fmt.Println(n.Name, n.Len(), n.At(1), n.items)
	m := NewMatrix[bool](2, 3)
	m.Set(1, 2, true)
	fmt.Println(m.Row(0), m.Row(1))
	ms := NewMatrix[string](1, 2)
	ms.Set(0, 0, "x")
	fmt.Printf("%q %T\n", ms.Row(0), ms)
}
