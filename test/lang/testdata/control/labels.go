// Labeled break and continue across nested loops, switch and select-free blocks.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 7:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	found := -1
search:
	for i, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			if v == 4 {
				found = i
				break search
			}
		}
	}
	fmt.Println(found)
}
