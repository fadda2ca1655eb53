// Union-find with path compression and Kruskal's minimum spanning tree.
package main

import (
	"fmt"
	"sort"
)

type DSU struct{ parent, rank []int }

func NewDSU(n int) *DSU {
	d := &DSU{make([]int, n), make([]int, n)}
	for i := range d.parent {
		d.parent[i] = i
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.rank[ra] < d.rank[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	if d.rank[ra] == d.rank[rb] {
		d.rank[ra]++
	}
	return true
}

type Edge struct{ A, B, W int }

func main() {
	edges := []Edge{{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7}, {2, 4, 5}, {3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11}}
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].W != edges[j].W {
			return edges[i].W < edges[j].W
		}
		return edges[i].A*10+edges[i].B < edges[j].A*10+edges[j].B
	})
	d := NewDSU(7)
	total := 0
	for _, e := range edges {
		if d.Union(e.A, e.B) {
			total += e.W
			fmt.Println("take", e)
		}
	}
	fmt.Println("total", total)
	groups := map[int][]int{}
	d2 := NewDSU(10)
	for _, p := range [][2]int{{0, 1}, {2, 3}, {1, 3}, {5, 6}, {7, 7}, {8, 9}, {9, 5}} {
		d2.Union(p[0], p[1])
	}
	for i := 0; i < 10; i++ {
		r := d2.Find(i)
		groups[r] = append(groups[r], i)
	}
	var sets [][]int
	for _, g := range groups {
		sets = append(sets, g)
	}
	sort.Slice(sets, func(i, j int) bool { return sets[i][0] < sets[j][0] })
	fmt.Println(sets)
}
