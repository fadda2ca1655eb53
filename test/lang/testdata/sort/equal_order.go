// sort: where equal elements end (Sort, Slice, Stable, SliceStable, Float64s with -0/NaN, Reverse)
// on random inputs with many ties; each result is printed as a checksum of the original indexes.
package main

import (
	"fmt"
	"math"
	"sort"
)

type rec struct {
	k   int
	id  int
	tag [2]int
}

var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state }

type byK []rec

func (b byK) Len() int           { return len(b) }
func (b byK) Less(i, j int) bool { return b[i].k < b[j].k }
func (b byK) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func recs(n, distinct int) []rec {
	r := make([]rec, n)
	for i := range r {
		r[i] = rec{int(next() % uint64(distinct)), i, [2]int{i, -i}}
	}
	return r
}

func floats(n int) []float64 {
	f := make([]float64, n)
	for i := range f {
		switch next() % 7 {
		case 0:
			f[i] = math.NaN()
		case 1:
			f[i] = math.Copysign(0, -1)
		case 2:
			f[i] = 0
		default:
			f[i] = float64(next()%5) - 2
		}
	}
	return f
}

func ids(r []rec) uint64 {
	var h uint64 = 14695981039346656037
	for i := range r {
		h = (h ^ uint64(r[i].id)) * 1099511628211
	}
	return h
}

func fstr(f []float64) string {
	s := ""
	for _, v := range f {
		if math.Signbit(v) && v == 0 {
			s += "-0 "
		} else {
			s += fmt.Sprint(v) + " "
		}
	}
	return s
}

func main() {
	sizes := []int{0, 1, 2, 3, 5, 8, 12, 13, 20, 33, 50, 64, 100, 257, 1000}
	for _, n := range sizes {
		for _, d := range []int{1, 3, 1000000} {
			a := recs(n, d)
			sort.Sort(byK(a))
			fmt.Println("sort", n, d, ids(a))
			b := recs(n, d)
			sort.Slice(b, func(i, j int) bool { return b[i].k < b[j].k })
			fmt.Println("slice", n, d, ids(b))
			c := recs(n, d)
			sort.Stable(byK(c))
			fmt.Println("stable", n, d, ids(c))
			e := recs(n, d)
			sort.SliceStable(e, func(i, j int) bool { return e[i].k > e[j].k })
			fmt.Println("slicestable", n, d, ids(e))
			f := floats(n)
			sort.Float64s(f)
			fmt.Println("floats", n, d, fstr(f))
			g := recs(n, d)
			sort.Sort(sort.Reverse(byK(g)))
			fmt.Println("reverse", n, d, ids(g))
			h := recs(n, d)
			sort.Slice(h, func(i, j int) bool { return h[i].k < h[j].k })
			fmt.Println("sortfunc", n, d, ids(h))
			k := recs(n, d)
			sort.SliceStable(k, func(i, j int) bool { return k[i].k < k[j].k })
			fmt.Println("sortstablefunc", n, d, ids(k))
			p := floats(n)
			sort.Float64s(p)
			fmt.Println("slicessort", n, d, fstr(p))
			q := recs(n, d)
			pq := make([]*rec, len(q))
			for i := range q {
				pq[i] = &q[i]
			}
			sort.Slice(pq, func(i, j int) bool { return pq[i].k < pq[j].k })
			fmt.Println("ptrs", n, d, pq[0:0], len(pq), func() int {
				s := 0
				for i, x := range pq {
					s += i * x.id
				}
				return s
			}())
		}
	}
}
