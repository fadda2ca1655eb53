// Graph algorithms: BFS, DFS topological sort and Dijkstra with a hand-written heap.
package main

import (
	"fmt"
	"sort"
)

type Edge struct {
	To, W int
}

type Graph map[int][]Edge

type pqItem struct{ node, dist int }
type PQ []pqItem

func (pq *PQ) push(it pqItem) {
	*pq = append(*pq, it)
	h := *pq
	i := len(h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h[p].dist <= h[i].dist {
			break
		}
		h[p], h[i] = h[i], h[p]
		i = p
	}
}

func (pq *PQ) pop() pqItem {
	h := *pq
	top := h[0]
	last := len(h) - 1
	h[0] = h[last]
	h = h[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h) && h[l].dist < h[m].dist {
			m = l
		}
		if r < len(h) && h[r].dist < h[m].dist {
			m = r
		}
		if m == i {
			break
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
	*pq = h
	return top
}

func dijkstra(g Graph, src int) map[int]int {
	dist := map[int]int{src: 0}
	pq := &PQ{}
	pq.push(pqItem{src, 0})
	for len(*pq) > 0 {
		it := pq.pop()
		if d, ok := dist[it.node]; ok && d < it.dist {
			continue
		}
		for _, e := range g[it.node] {
			nd := it.dist + e.W
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				pq.push(pqItem{e.To, nd})
			}
		}
	}
	return dist
}

func bfs(g Graph, src int) []int {
	seen := map[int]bool{src: true}
	order := []int{}
	queue := []int{src}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, e := range g[n] {
			if !seen[e.To] {
				seen[e.To] = true
				queue = append(queue, e.To)
			}
		}
	}
	return order
}

func topo(deps map[string][]string) []string {
	var names []string
	for k := range deps {
		names = append(names, k)
	}
	sort.Strings(names)
	state := map[string]int{}
	var out []string
	var visit func(string)
	visit = func(n string) {
		if state[n] == 2 {
			return
		}
		if state[n] == 1 {
			panic("cycle at " + n)
		}
		state[n] = 1
		for _, d := range deps[n] {
			visit(d)
		}
		state[n] = 2
		out = append(out, n)
	}
	for _, n := range names {
		visit(n)
	}
	return out
}

func main() {
	g := Graph{
		0: {{1, 4}, {2, 1}},
		1: {{3, 1}},
		2: {{1, 2}, {3, 5}},
		3: {{4, 3}},
		4: {},
	}
	fmt.Println(bfs(g, 0))
	fmt.Println(dijkstra(g, 0))
	deps := map[string][]string{
		"app":    {"http", "db"},
		"http":   {"net", "log"},
		"db":     {"log", "net"},
		"net":    {},
		"log":    {},
		"test":   {"app"},
		"vendor": nil,
	}
	fmt.Println(topo(deps))
}
