package main

import (
	"fmt"
	"math"
	"sort"
)

type item struct {
	key, id int
}

type byKey []item

func (s byKey) Len() int           { return len(s) }
func (s byKey) Less(i, j int) bool { return s[i].key < s[j].key }
func (s byKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func gen(n, mod int, seed uint32) []item {
	out := make([]item, n)
	s := seed
	for i := range out {
		s ^= s << 13
		s ^= s >> 17
		s ^= s << 5
		out[i] = item{int(s % uint32(mod)), i}
	}
	return out
}

func ids(xs []item) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = x.id
	}
	return out
}

func main() {
	for _, n := range []int{5, 13, 60, 200, 1000} {
		for _, mod := range []int{3, 50, 1000000} {
			a := gen(n, mod, uint32(n*mod+1))
			b := gen(n, mod, uint32(n*mod+1))
			c := gen(n, mod, uint32(n*mod+1))
			d := gen(n, mod, uint32(n*mod+1))
			sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
			sort.SliceStable(b, func(i, j int) bool { return b[i].key < b[j].key })
			sort.Sort(byKey(c))
			sort.Stable(byKey(d))
			fmt.Println(n, mod, ids(a)[:5], ids(b)[:5], ids(c)[:5], ids(d)[:5], ids(a)[n-3:], ids(c)[n-3:], sort.SliceIsSorted(a, func(i, j int) bool { return a[i].key < a[j].key }))
		}
	}
	// already sorted, reversed, and organ-pipe inputs exercise the pattern paths
	rev := make([]item, 300)
	for i := range rev {
		rev[i] = item{300 - i, i}
		if i%7 == 0 {
			rev[i].key = 5
		}
	}
	sort.Slice(rev, func(i, j int) bool { return rev[i].key < rev[j].key })
	fmt.Println(ids(rev)[:12])
	fs := []float64{3, math.NaN(), 0, -1, math.Copysign(0, -1), 2, math.Inf(-1), 0, math.Copysign(0, -1), 7, 1, 0, 5, 4, 6, 8, 9, math.NaN()}
	sort.Float64s(fs)
	for _, f := range fs {
		fmt.Print(math.Signbit(f), f != f, " ")
	}
	fmt.Println()
	xs := []int{5, 2, 9, 1, 5, 6, -3, 1 << 60, -(1 << 62), 0}
	sort.Ints(xs)
	ss := []string{"b", "a", "ä", "A", "", "ab", "aa"}
	sort.Strings(ss)
	fmt.Println(xs, ss, sort.SearchStrings(ss, "ab"), sort.IntsAreSorted(xs))
}
