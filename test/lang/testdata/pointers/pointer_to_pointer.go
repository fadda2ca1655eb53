// Double pointers, pointer equality, new with composite types, and pointers to slices and maps.
package main

import "fmt"

type Node struct {
	V    int
	Next *Node
}

func insertSorted(head **Node, v int) {
	for *head != nil && (*head).V < v {
		head = &(*head).Next
	}
	*head = &Node{v, *head}
}

func grow(s *[]int, n int) {
	for i := 0; i < n; i++ {
		*s = append(*s, i)
	}
}

func main() {
	var head *Node
	for _, v := range []int{5, 1, 4, 2, 3, 0} {
		insertSorted(&head, v)
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.V, " ")
	}
	fmt.Println()
	var s []int
	grow(&s, 4)
	fmt.Println(s, len(s))
	pm := new(map[string]int)
	fmt.Println(*pm == nil)
	*pm = map[string]int{"a": 1}
	(*pm)["b"] = 2
	fmt.Println(*pm)
	a, b := new(int), new(int)
	fmt.Println(a == b, *a == *b)
	pp := &a
	**pp = 9
	*pp = b
	**pp = 7
	fmt.Println(*a, *b, a == b)
	ps := new([3]string)
	ps[1] = "mid"
	fmt.Printf("%q\n", *ps)
}
