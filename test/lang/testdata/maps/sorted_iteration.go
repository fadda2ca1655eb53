// Iterating a map in a deterministic order by sorting its keys.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "the cat sat on the mat the end"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, freq[k])
	}
	sort.Slice(keys, func(i, j int) bool {
		if freq[keys[i]] != freq[keys[j]] {
			return freq[keys[i]] > freq[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Println(keys)
	total := 0
	for _, v := range freq {
		total += v
	}
	fmt.Println(total)
}
