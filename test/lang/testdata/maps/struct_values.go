// Map values are not addressable: update structs by copy or store pointers.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func main() {
	byID := map[int]Account{1: {"ann", 10}, 2: {"bob", 20}}
	a := byID[1]
	a.Balance += 5
	fmt.Println(byID[1].Balance, a.Balance)
	byID[1] = a
	fmt.Println(byID)
	ptrs := map[int]*Account{1: {"cy", 1}}
	ptrs[1].Balance += 100
	fmt.Println(*ptrs[1])
	slices := map[string][]int{}
	slices["a"] = append(slices["a"], 1)
	slices["a"] = append(slices["a"], 2)
	slices["b"] = append(slices["b"], 3)
	fmt.Println(slices, len(slices["none"]))
	sets := map[string]map[string]bool{}
	add := func(k, v string) {
		if sets[k] == nil {
			sets[k] = map[string]bool{}
		}
		sets[k][v] = true
	}
	add("x", "1")
	add("x", "2")
	add("y", "1")
	fmt.Println(sets, len(sets["x"]))
}
