// Prints, for many random inputs, the keys and the order in which Go 1.19's sort.Sort and
// sort.Stable leave their original positions; scripts/native/compare-sort.ts replays each input
// through src/lang/native/sort and checks it gets the same order.
// A line: "Sort|Stable key,key,… pos,pos,…". Run: go run . SEED COUNT [MAXLEN]
package main

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
)

type item struct{ key, pos int }
type byKey []item

func (s byKey) Len() int           { return len(s) }
func (s byKey) Less(i, j int) bool { return s[i].key < s[j].key }
func (s byKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// keys draws an input shape that exercises a different path of pdqsort.
func keys(r *rand.Rand, maxLen int) []int {
	n := r.Intn(maxLen)
	if r.Intn(3) == 0 {
		n = r.Intn(60)
	}
	k := make([]int, n)
	distinct := 1 + r.Intn(n+1)
	if r.Intn(2) == 0 {
		distinct = 1 + r.Intn(5) // many equal elements
	}
	for i := range k {
		k[i] = r.Intn(distinct)
	}
	switch r.Intn(6) {
	case 0:
		sort.Ints(k)
	case 1:
		sort.Sort(sort.Reverse(sort.IntSlice(k)))
	case 2: // sorted with a few swaps
		sort.Ints(k)
		for i := 0; i < 3 && n > 1; i++ {
			a, b := r.Intn(n), r.Intn(n)
			k[a], k[b] = k[b], k[a]
		}
	case 3: // sawtooth
		for i := range k {
			k[i] = i % (1 + distinct)
		}
	case 4: // organ pipe
		for i := range k {
			if i < n/2 {
				k[i] = i
			} else {
				k[i] = n - i
			}
		}
	}
	return k
}

func join(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, ",")
}

func main() {
	seed, _ := strconv.ParseInt(os.Args[1], 10, 64)
	count, _ := strconv.Atoi(os.Args[2])
	maxLen := 3000
	if len(os.Args) > 3 {
		maxLen, _ = strconv.Atoi(os.Args[3])
	}
	r := rand.New(rand.NewSource(seed))
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for c := 0; c < count; c++ {
		k := keys(r, maxLen)
		for _, kind := range []string{"Sort", "Stable"} {
			items := make(byKey, len(k))
			for i, x := range k {
				items[i] = item{x, i}
			}
			if kind == "Sort" {
				sort.Sort(items)
			} else {
				sort.Stable(items)
			}
			pos := make([]int, len(items))
			for i, it := range items {
				pos[i] = it.pos
			}
			fmt.Fprintf(w, "%s %s %s\n", kind, join(k), join(pos))
		}
	}
}
