// Deleting entries during range is allowed; deleted entries are not visited.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]bool{}
	for i := 0; i < 20; i++ {
		m[i] = i%3 == 0
	}
	for k, v := range m {
		if !v {
			delete(m, k)
		}
	}
	var keys []int
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, len(m))
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
}
