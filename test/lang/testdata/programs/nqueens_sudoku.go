// Backtracking: N-queens counts and a sudoku solver.
package main

import "fmt"

func queens(n int) int {
	count := 0
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			count++
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return count
}

type Grid [9][9]int

func (g *Grid) ok(r, c, v int) bool {
	for i := 0; i < 9; i++ {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

func (g *Grid) solve() bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if g.ok(r, c, v) {
					g[r][c] = v
					if g.solve() {
						return true
					}
					g[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func main() {
	for n := 1; n <= 8; n++ {
		fmt.Print(queens(n), " ")
	}
	fmt.Println()
	puzzle := []string{
		"53..7....", "6..195...", ".98....6.",
		"8...6...3", "4..8.3..1", "7...2...6",
		".6....28.", "...419..5", "....8..79",
	}
	var g Grid
	for r, row := range puzzle {
		for c, ch := range row {
			if ch != '.' {
				g[r][c] = int(ch - '0')
			}
		}
	}
	fmt.Println(g.solve())
	for _, row := range g {
		fmt.Println(row)
	}
}
