// Methods on named non-struct types: maps, funcs, ints.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set map[string]struct{}

func (s Set) Add(v string)      { s[v] = struct{}{} }
func (s Set) Has(v string) bool { _, ok := s[v]; return ok }
func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type Op func(int, int) int

func (o Op) Twice(a, b int) int { return o(o(a, b), b) }

type Bits uint8

func (b Bits) Has(i uint) bool  { return b&(1<<i) != 0 }
func (b *Bits) Set(i uint)      { *b |= 1 << i }
func (b Bits) String() string {
	var sb strings.Builder
	for i := 7; i >= 0; i-- {
		if b.Has(uint(i)) {
			sb.WriteByte('1')
		} else {
			sb.WriteByte('0')
		}
	}
	return sb.String()
}

func main() {
	s := Set{}
	s.Add("b")
	s.Add("a")
	s.Add("b")
	fmt.Println(s.Has("a"), s.Has("z"), s.Sorted(), len(s))
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Twice(1, 10))
	var b Bits
	b.Set(1)
	b.Set(7)
	fmt.Println(b, b.Has(1), b.Has(2), uint8(b))
	fmt.Printf("%v %d %s\n", b, b, b)
}
