// A generic binary heap with a less function, used as a priority queue.
package main

import "fmt"

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] { return &Heap[T]{less: less} }

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() (T, bool) {
	var zero T
	if len(h.data) == 0 {
		return zero, false
	}
	top := h.data[0]
	n := len(h.data) - 1
	h.data[0] = h.data[n]
	h.data = h.data[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < n && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top, true
}

func (h *Heap[T]) Len() int { return len(h.data) }

type Task struct {
	Pri  int
	Name string
}

func main() {
	h := NewHeap(func(a, b int) bool { return a < b })
	for _, v := range []int{5, 3, 8, 1, 9, 2, 7} {
		h.Push(v)
	}
	for h.Len() > 0 {
		v, _ := h.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	tasks := NewHeap(func(a, b Task) bool {
		if a.Pri != b.Pri {
			return a.Pri > b.Pri
		}
		return a.Name < b.Name
	})
	tasks.Push(Task{1, "low"})
	tasks.Push(Task{5, "urgent"})
	tasks.Push(Task{3, "b-mid"})
	tasks.Push(Task{3, "a-mid"})
	for t, ok := tasks.Pop(); ok; t, ok = tasks.Pop() {
		fmt.Printf("%+v\n", t)
	}
	_, ok := tasks.Pop()
	fmt.Println(ok)
}
