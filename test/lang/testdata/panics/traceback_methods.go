package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func drain(s *Stack, n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		sum += s.Pop()
	}
	return sum
}

func main() {
	s := &Stack{items: []int{1, 2, 3}}
	fmt.Println(drain(s, 2))
	apply := func(f func() int) int { return f() }
	fmt.Println(apply(func() int { return drain(s, 5) }))
}
