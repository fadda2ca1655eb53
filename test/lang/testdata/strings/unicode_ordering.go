// Byte-wise string ordering with Unicode: sorting mixed scripts and case.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := []string{"zebra", "Äpfel", "apple", "Zürich", "école", "Ecole", "日本", "éclair", "Apple", "", "a"}
	sorted := append([]string(nil), words...)
	sort.Strings(sorted)
	fmt.Printf("%q\n", sorted)
	sort.Slice(sorted, func(i, j int) bool {
		li, lj := strings.ToLower(sorted[i]), strings.ToLower(sorted[j])
		if li != lj {
			return li < lj
		}
		return sorted[i] < sorted[j]
	})
	fmt.Printf("%q\n", sorted)
	fmt.Println("é" > "z", "Z" < "a", strings.Compare("ä", "b"))
}
