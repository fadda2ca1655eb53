// sort.Search variants, SearchStrings, and a multi-key sort.Sort implementation.
package main

import (
	"fmt"
	"sort"
)

type Entry struct {
	Team  string
	Score int
	Name  string
}

type byTeamScore []Entry

func (b byTeamScore) Len() int      { return len(b) }
func (b byTeamScore) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byTeamScore) Less(i, j int) bool {
	if b[i].Team != b[j].Team {
		return b[i].Team < b[j].Team
	}
	if b[i].Score != b[j].Score {
		return b[i].Score > b[j].Score
	}
	return b[i].Name < b[j].Name
}

func main() {
	names := []string{"ann", "bob", "cy", "dee", "eve"}
	for _, q := range []string{"bob", "bz", "a", "z"} {
		fmt.Println(q, sort.SearchStrings(names, q))
	}
	xs := []int{1, 3, 3, 3, 7, 9}
	first := sort.Search(len(xs), func(i int) bool { return xs[i] >= 3 })
	after := sort.Search(len(xs), func(i int) bool { return xs[i] > 3 })
	fmt.Println(first, after, after-first)
	es := byTeamScore{{"red", 10, "x"}, {"blue", 7, "y"}, {"red", 12, "a"}, {"blue", 7, "b"}, {"red", 10, "c"}}
	sort.Sort(es)
	for _, e := range es {
		fmt.Println(e.Team, e.Score, e.Name)
	}
	fmt.Println(sort.IsSorted(es), sort.SliceIsSorted(xs, func(i, j int) bool { return xs[i] < xs[j] }))
}
