// Package main exercises every syntactic form of Go 1.19 (and the later range forms).
package main

import (
	"fmt"
	str "strings"
)

import . "math"

// Number is a type-set constraint.
type Number interface {
	~int | ~int64 | float64
}

type (
	Pair[K comparable, V any] struct {
		Key   K `json:"key"`
		Value V
	}
	List[T any] []T
	Alias = int
	Ptr[P *int | *string,] struct{}
	Arr[N ~[2]int] struct{ a N }
	Fn  func(int, ...string) (x, y int)
	Ch  chan<- <-chan int
	Emb struct {
		*Pair[int, string]
		fmt.Stringer
		List[int] "tag"
	}
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[_]) Len() int { return len(s.items) }

func Sum[T Number](xs ...T) (total T) {
	for _, x := range xs {
		total += x
	}
	return
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for i := range xs {
		out = append(out, f(xs[i]))
	}
	return out
}

const (
	A = iota * 10
	B
	C, D = 1 << iota, 0x1p-2
	EE   = 'x' + '\u00e9' + '\U0001F600' + '\x41' + '\101'
	F    = `raw
string` + "esc\t\"q\""
	G = 1_000_000 + 0b1010 + 0o17 + 017 + 0X_FF + 1e3 + .5 + 2.i
)

var (
	x, y int = 1, 2
	z        = [...]string{2: "c", 0: "a"}
	m        = map[Pair[string, int]][]int{{"a", 1}: {1, 2}}
)

func native(a int) int

func main() {
	var s Stack[int]
	s.Push(1)
	p := &Pair[string, int]{Key: "k", Value: 2}
	fmt.Println(Sum(1, 2, 3), Sum[float64](1.5), p.Key, str.ToUpper("x"), Sqrt(4))
	arr := []int{1, 2, 3, 4, 5}
	_ = arr[1:3:4]
	_ = arr[:]
	_ = arr[2:]
	var i interface{} = x
	switch v := i.(type) {
	case int, int64:
		fmt.Println("int", v)
	case nil:
	default:
	}
	switch {
	case x > 0 && y < 10 || !(x == y):
		fallthrough
	case x&^y != 0, x<<2 > 1, -x^y >= 0:
	}
	if n, ok := i.(int); ok {
		_ = n
	} else if x := 3; x > 2 {
	} else {
	}
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue
		}
	}
	for range arr {
		break
	}
	for k, v := range m {
		_, _ = k, v
	}
outer:
	for {
		for {
			break outer
		}
	}
	goto end
end:
	f := func(a, b int) (int, error) { return a + b, nil }
	_, _ = f(1, 2)
	defer func() { recover() }()
	go fmt.Println()
	ch := make(chan int, 1)
	ch <- 1
	select {
	case v := <-ch:
		_ = v
	case ch <- 2:
	default:
	}
	var t struct {
		a, b int
		c    string
	}
	t.a++
	t.b--
	t.c += "x"
	x, y = y, x
	_ = Map[int, string](arr, func(i int) string { return fmt.Sprint(i) })
	_ = (*Stack[int]).Len
	_ = Stack[int]{}
	{
		;
	}
	_ = native
	_ = struct{}{}
	_ = [2][3]int{{1}, {2}}
	_ = <-ch
	var _ Ch
	_ = EE + G
}
