// A generic binary search tree with a comparison function.
package main

import (
	"fmt"
	"strings"
)

type Tree[T any] struct {
	root *tnode[T]
	cmp  func(a, b T) int
}

type tnode[T any] struct {
	v           T
	left, right *tnode[T]
}

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		c := t.cmp(v, (*p).v)
		if c == 0 {
			return false
		}
		if c < 0 {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	*p = &tnode[T]{v: v}
	return true
}

func (t *Tree[T]) InOrder() []T {
	var out []T
	var walk func(n *tnode[T])
	walk = func(n *tnode[T]) {
		if n == nil {
			return
		}
		walk(n.left)
		out = append(out, n.v)
		walk(n.right)
	}
	walk(t.root)
	return out
}

func main() {
	t := &Tree[string]{cmp: strings.Compare}
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		if !t.Insert(w) {
			fmt.Println("dup", w)
		}
	}
	fmt.Println(t.InOrder())
	ti := &Tree[int]{cmp: func(a, b int) int { return b - a }}
	for _, v := range []int{5, 3, 8, 1, 9, 5} {
		ti.Insert(v)
	}
	fmt.Println(ti.InOrder())
}
