// Recursive generic types and functions: a generic tree with Map and Fold.
package main

import (
	"fmt"
	"strings"
)

type Tree[T any] struct {
	Val      T
	Children []*Tree[T]
}

func Leaf[T any](v T) *Tree[T] { return &Tree[T]{Val: v} }

func Node[T any](v T, kids ...*Tree[T]) *Tree[T] { return &Tree[T]{v, kids} }

func MapTree[T, U any](t *Tree[T], f func(T) U) *Tree[U] {
	out := &Tree[U]{Val: f(t.Val)}
	for _, c := range t.Children {
		out.Children = append(out.Children, MapTree(c, f))
	}
	return out
}

func Fold[T, A any](t *Tree[T], acc A, f func(A, T) A) A {
	acc = f(acc, t.Val)
	for _, c := range t.Children {
		acc = Fold(c, acc, f)
	}
	return acc
}

func (t *Tree[T]) String() string {
	if len(t.Children) == 0 {
		return fmt.Sprint(t.Val)
	}
	parts := make([]string, len(t.Children))
	for i, c := range t.Children {
		parts[i] = c.String()
	}
	return fmt.Sprintf("%v(%s)", t.Val, strings.Join(parts, " "))
}

func main() {
	t := Node(1, Node(2, Leaf(4), Leaf(5)), Leaf(3), Node(6, Node(7, Leaf(8))))
	fmt.Println(t)
	sq := MapTree(t, func(x int) int { return x * x })
	fmt.Println(sq)
	strs := MapTree(t, func(x int) string { return strings.Repeat("*", x) })
	fmt.Println(strs)
	fmt.Println(Fold(t, 0, func(a, x int) int { return a + x }), Fold(strs, "", func(a, s string) string { return a + fmt.Sprint(len(s)) }))
}
