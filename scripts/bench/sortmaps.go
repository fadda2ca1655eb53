// Sorting and maps: group records by key, sort keys and records with multi-key comparisons.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

type Rec struct {
	Owner string
	Land  string
	Value int
	Seq   int
}

func main() {
	owners := make([]string, 500)
	for i := range owners {
		owners[i] = "user" + strconv.Itoa(i)
	}
	lands := []string{"local.land", "test.land", "hub.land", "dev.land"}
	var recs []Rec
	var x uint32 = 12345
	for i := 0; i < 200000; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		recs = append(recs, Rec{owners[x%500], lands[(x>>9)%4], int(x % 100000), i})
	}
	byOwner := map[string][]int{}
	totals := map[string]int{}
	for i, r := range recs {
		byOwner[r.Owner] = append(byOwner[r.Owner], i)
		totals[r.Land] += r.Value
	}
	keys := make([]string, 0, len(byOwner))
	for k := range byOwner {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	sort.Slice(recs, func(i, j int) bool {
		a, b := &recs[i], &recs[j]
		if a.Land != b.Land {
			return a.Land < b.Land
		}
		if a.Value != b.Value {
			return a.Value > b.Value
		}
		return a.Seq < b.Seq
	})
	ints := make([]int, len(recs))
	for i := range recs {
		ints[i] = recs[i].Value ^ recs[i].Seq
	}
	sort.Ints(ints)
	fmt.Println(keys[0], keys[len(keys)-1], len(byOwner["user42"]), totals["hub.land"])
	fmt.Println(recs[0], recs[len(recs)-1], ints[len(ints)/2])
}
