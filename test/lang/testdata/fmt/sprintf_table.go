// Building an aligned text table with width verbs.
package main

import (
	"fmt"
	"strings"
)

type Row struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	rows := []Row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"kiwi", 12, 0.2}, {"fig", 100, 0.05}}
	header := fmt.Sprintf("%-12s %5s %8s %9s", "ITEM", "QTY", "PRICE", "TOTAL")
	fmt.Println(header)
	fmt.Println(strings.Repeat("-", len(header)))
	total := 0.0
	for _, r := range rows {
		line := r.Price * float64(r.Qty)
		total += line
		fmt.Printf("%-12s %5d %8.2f %9.2f\n", r.Name, r.Qty, r.Price, line)
	}
	fmt.Printf("%-12s %5s %8s %9.2f\n", "TOTAL", "", "", total)
	fmt.Printf("%6.1f%%\n", 100*rows[0].Price*3/total)
}
