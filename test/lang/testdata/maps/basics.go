// Map basics: insert, lookup with comma-ok, delete, len, zero values.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	v, ok := m["b"]
	fmt.Println(v, ok)
	v, ok = m["zz"]
	fmt.Println(v, ok, m["nope"])
	delete(m, "a")
	delete(m, "missing")
	fmt.Println(len(m), m)
	m["b"] += 10
	m["new"]++
	fmt.Println(m)
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x")
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	fmt.Printf("%v %d\n", counts, len(counts))
}
