// Conway's game of life on a small torus, printed each generation.
package main

import (
	"fmt"
	"strings"
)

const W, H = 10, 8

type Board [H][W]bool

func (b Board) Neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			if b[(r+dr+H)%H][(c+dc+W)%W] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var next Board
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			n := b.Neighbors(r, c)
			next[r][c] = n == 3 || (n == 2 && b[r][c])
		}
	}
	return next
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, cell := range row {
			if cell {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var b Board
	glider := [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}}
	for _, p := range glider {
		b[p[0]][p[1]] = true
	}
	b[5][6], b[5][7], b[5][8] = true, true, true
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d:\n%v", gen, b)
		b = b.Step()
	}
	alive := 0
	for i := 0; i < 30; i++ {
		b = b.Step()
	}
	for _, row := range b {
		for _, c := range row {
			if c {
				alive++
			}
		}
	}
	fmt.Println("alive after 34:", alive)
}
