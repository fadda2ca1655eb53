// Slices as a stack and a queue.
package main

import "fmt"

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Len() int { return len(s) }

func main() {
	var st Stack
	for i := 1; i <= 5; i++ {
		st.Push(i * i)
	}
	fmt.Println(st, st.Len())
	for st.Len() > 2 {
		fmt.Print(st.Pop(), " ")
	}
	fmt.Println(st)
	q := []string{"a", "b", "c"}
	for len(q) > 0 {
		head := q[0]
		q = q[1:]
		if head == "a" {
			q = append(q, "d")
		}
		fmt.Print(head)
	}
	fmt.Println()
}
