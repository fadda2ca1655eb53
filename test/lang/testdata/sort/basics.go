// sort: Ints, Strings, Slice, SliceStable, Sort with a custom Less, Search.
package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Person struct {
	Name string
	Age  int
}

func main() {
	ints := []int{5, 2, 8, -1, 9, 0, 5}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 5), sort.SearchInts(ints, 6))
	strs := []string{"banana", "Apple", "cherry", "apple"}
	sort.Strings(strs)
	fmt.Println(strs)
	words := byLen{"ccc", "a", "bb", "dddd", "e"}
	sort.Stable(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	people := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 25}, {"Ed", 35}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	fmt.Println(sort.SliceIsSorted(people, func(i, j int) bool { return people[i].Name > people[j].Name }))
	ss := sort.StringSlice{"z", "y"}
	ss.Sort()
	fmt.Println(ss, ss.Search("z"))
}
