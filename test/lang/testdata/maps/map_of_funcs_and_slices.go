// Maps holding slices, funcs and nested maps; updating through lookups.
package main

import (
	"fmt"
	"sort"
)

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func main() {
	g := Graph{}
	g.AddEdge("a", "b")
	g.AddEdge("a", "c")
	g.AddEdge("b", "c")
	g.AddEdge("c", "d")
	fmt.Println(g)
	degree := map[int][]string{}
	for n, adj := range g {
		degree[len(adj)] = append(degree[len(adj)], n)
	}
	for _, v := range degree {
		sort.Strings(v)
	}
	fmt.Println(degree)
	counters := map[string]func() int{}
	for _, name := range []string{"x", "y"} {
		n := 0
		counters[name] = func() int { n++; return n }
	}
	counters["x"]()
	counters["x"]()
	fmt.Println(counters["x"](), counters["y"]())
}
