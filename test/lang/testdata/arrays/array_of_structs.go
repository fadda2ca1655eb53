// Arrays of structs: in-place updates via index, range copies, and sorting a fixed array.
package main

import (
	"fmt"
	"sort"
)

type Score struct {
	Name string
	Pts  int
}

func main() {
	var board [5]Score
	names := []string{"eve", "bob", "ann", "dan", "cat"}
	for i := range board {
		board[i] = Score{names[i], (i * 37) % 11}
	}
	for _, s := range board {
		s.Pts = 1000
	}
	fmt.Println(board)
	for i := range board {
		board[i].Pts *= 2
	}
	sort.Slice(board[:], func(i, j int) bool { return board[i].Pts > board[j].Pts })
	fmt.Println(board)
	copyB := board
	copyB[0].Name = "zzz"
	fmt.Println(board[0].Name, copyB[0].Name, board == copyB)
	var grid [3][3]rune
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = 'X'
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
}
