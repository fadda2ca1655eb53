// A trie with insertion counts and ranked autocomplete.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Trie struct {
	children map[rune]*Trie
	count    int
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(w string) {
	n := t
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = NewTrie()
			n.children[r] = c
		}
		n = c
	}
	n.count++
}

func (t *Trie) collect(prefix string, out map[string]int) {
	if t.count > 0 {
		out[prefix] = t.count
	}
	for r, c := range t.children {
		c.collect(prefix+string(r), out)
	}
}

func (t *Trie) Complete(prefix string, k int) []string {
	n := t
	for _, r := range prefix {
		c, ok := n.children[r]
		if !ok {
			return nil
		}
		n = c
	}
	found := map[string]int{}
	n.collect(prefix, found)
	words := make([]string, 0, len(found))
	for w := range found {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if found[words[i]] != found[words[j]] {
			return found[words[i]] > found[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) > k {
		words = words[:k]
	}
	return words
}

func main() {
	t := NewTrie()
	corpus := "go gopher golang good goal gold gone go golang go gopher golf gö göteborg amigo amiga amigos amigo"
	for _, w := range strings.Fields(corpus) {
		t.Insert(w)
	}
	for _, p := range []string{"go", "gol", "gö", "ami", "x", ""} {
		fmt.Printf("%q %v\n", p, t.Complete(p, 4))
	}
}
