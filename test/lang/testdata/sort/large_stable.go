// Stable sort keeps equal elements in input order over a large input.
package main

import (
	"fmt"
	"sort"
)

type item struct {
	key, seq int
}

func main() {
	var xs []item
	seed := uint32(7)
	for i := 0; i < 500; i++ {
		seed = seed*1103515245 + 12345
		xs = append(xs, item{int(seed>>16) % 10, i})
	}
	sort.SliceStable(xs, func(i, j int) bool { return xs[i].key < xs[j].key })
	ok := true
	for i := 1; i < len(xs); i++ {
		if xs[i-1].key > xs[i].key || (xs[i-1].key == xs[i].key && xs[i-1].seq > xs[i].seq) {
			ok = false
		}
	}
	fmt.Println(ok, xs[:5], xs[495:])
	counts := make([]int, 10)
	for _, x := range xs {
		counts[x.key]++
	}
	fmt.Println(counts)
	ys := make([]int, 1000)
	for i := range ys {
		ys[i] = (i * 7919) % 1000
	}
	sort.Ints(ys)
	fmt.Println(ys[0], ys[500], ys[999], sort.IntsAreSorted(ys))
}
