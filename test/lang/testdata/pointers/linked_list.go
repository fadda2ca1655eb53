// A singly linked list with pointer manipulation.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func push(head *Node, v int) *Node { return &Node{v, head} }

func reverse(h *Node) *Node {
	var prev *Node
	for h != nil {
		h, h.Next, prev = h.Next, prev, h
	}
	return prev
}

func (n *Node) String() string {
	s := "["
	for c := n; c != nil; c = c.Next {
		if c != n {
			s += " "
		}
		s += fmt.Sprint(c.Val)
	}
	return s + "]"
}

func removeIf(pp **Node, pred func(int) bool) {
	for *pp != nil {
		if pred((*pp).Val) {
			*pp = (*pp).Next
		} else {
			pp = &(*pp).Next
		}
	}
}

func main() {
	var h *Node
	for i := 1; i <= 8; i++ {
		h = push(h, i)
	}
	fmt.Println(h)
	h = reverse(h)
	fmt.Println(h)
	removeIf(&h, func(v int) bool { return v%3 == 0 })
	fmt.Println(h.String())
	var empty *Node
	fmt.Println(empty.String())
}
