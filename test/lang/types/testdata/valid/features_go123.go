package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[U]) Each(f func(U)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Stringer interface{ String() string }

type Named interface {
	Stringer
	Name() string
}

type Person struct {
	name string
	Age  int
}

func (p Person) String() string  { return p.name }
func (p *Person) Name() string   { return p.name }
func (p *Person) Rename(n string) { p.name = n }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func find(ok bool) error {
	if !ok {
		return &MyErr{404}
	}
	return nil
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func SortedPairs[K comparable, V any](m map[K]V, less func(a, b K) bool) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	sort.Slice(ps, func(i, j int) bool { return less(ps[i].Key, ps[j].Key) })
	return ps
}

func divmod(a, b int) (q, r int) {
	defer func() {
		if e := recover(); e != nil {
			q, r = -1, -1
		}
	}()
	q = a / b
	r = a % b
	return
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.0), Sum[Celsius](1, 2))
	var l List[string]
	l.Push("a")
	l.Push("b")
	l.Each(func(s string) { fmt.Print(s) })
	p := &Person{"bob", 3}
	var n Named = p
	var s Stringer = *p
	fmt.Println(n.Name(), s.String(), p)
	p.Rename("x")
	err := find(false)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println(me.code)
	}
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(1, 2))
	people := []Person{{"a", 3}, {"b", 1}}
	sort.Sort(ByAge(people))
	fmt.Println(KB, MB, GB)
	shapes := []Shape{Rect{1, 2}, &Rect{3, 4}}
	for i, sh := range shapes {
		switch v := sh.(type) {
		case Rect:
			fmt.Println(i, "rect", v.W)
		case *Rect:
			fmt.Println(i, "*rect", v.H)
		default:
			fmt.Println("?")
		}
	}
	strs := Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("x", i) })
	evens := Filter([]int{1, 2, 3, 4}, func(i int) bool { return i%2 == 0 })
	fmt.Println(strs, evens)
	ps := SortedPairs(map[string]int{"b": 2, "a": 1}, func(a, b string) bool { return a < b })
	fmt.Println(ps[0].Key, ps[1].Val)
	var shift uint = 3
	var x int64 = 1 << shift
	y := 1 << shift
	var f float64 = 1 << 3
	fmt.Println(x, y, f)
	fmt.Println(divmod(7, 0))
	type point struct{ x, y int }
	a, b := point{1, 2}, point{1, 2}
	arr := [2]point{a, b}
	fmt.Println(a == b, arr == [2]point{{1, 2}, {1, 2}})
	anon := struct {
		A int
		B []string
	}{A: 1}
	fmt.Println(anon.A, len(anon.B))
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	if v, ok := m["a"]; ok {
		fmt.Println(v)
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	var iface interface{} = 3
	if v, ok := iface.(int); ok && v > 2 {
		fmt.Println("big")
	}
	for i := range 3 {
		fmt.Println(i)
	}
	seq := func(yield func(int, string) bool) {
		yield(1, "a")
	}
	for k, v := range seq {
		fmt.Println(k, v)
	}
	fmt.Println(min(1, 2, 3), max(2.5, 1), min("a", "b"))
	clear(m)
	bs := []byte("hello")
	bs = append(bs, " world"...)
	copy(bs, "J")
	r := []rune("héllo")
	fmt.Println(string(bs), string(r[1]), len("héllo"))
	var fn func() int
	fmt.Println(fn == nil)
	const huge = 1 << 100
	fmt.Println(huge >> 98)
	var u8 uint8 = 200
	u8 += 100
	fmt.Println(u8, ^u8, -x)
}
