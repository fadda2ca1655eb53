// Slices of slices: jagged rows, shared rows and building a grid.
package main

import "fmt"

func main() {
	rows, cols := 4, 5
	grid := make([][]int, rows)
	for i := range grid {
		grid[i] = make([]int, cols)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	tri := [][]int{}
	for i := 0; i < 5; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	fmt.Println(tri)
	shared := []int{1, 2, 3}
	two := [][]int{shared, shared}
	two[0][0] = 100
	fmt.Println(two)
	flat := make([]int, 0, 6)
	for _, r := range [][]int{{1, 2}, {3}, {4, 5, 6}} {
		flat = append(flat, r...)
	}
	fmt.Println(flat, cap(flat))
}
