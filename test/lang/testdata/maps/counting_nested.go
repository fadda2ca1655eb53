// Nested map counting: bigrams of words, with deterministic output via fmt's sorted printing.
package main

import (
	"fmt"
	"strings"
)

func main() {
	text := "a rose is a rose is a rose but a daisy is not a rose"
	words := strings.Fields(text)
	bigrams := map[string]map[string]int{}
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i], words[i+1]
		if bigrams[a] == nil {
			bigrams[a] = map[string]int{}
		}
		bigrams[a][b]++
	}
	fmt.Println(bigrams)
	fmt.Println(len(bigrams), len(bigrams["a"]), bigrams["a"]["rose"], bigrams["zzz"]["x"])
	lens := map[int]map[string]bool{}
	for _, w := range words {
		if lens[len(w)] == nil {
			lens[len(w)] = map[string]bool{}
		}
		lens[len(w)][w] = true
	}
	fmt.Println(lens)
}
