// Huffman coding with a deterministic tie-break, encoding and decoding a message.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type hnode struct {
	ch          rune
	freq, order int
	left, right *hnode
}

func build(text string) *hnode {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	var nodes []*hnode
	for r, f := range freq {
		nodes = append(nodes, &hnode{ch: r, freq: f, order: int(r)})
	}
	order := 1 << 30
	for len(nodes) > 1 {
		sort.Slice(nodes, func(i, j int) bool {
			if nodes[i].freq != nodes[j].freq {
				return nodes[i].freq < nodes[j].freq
			}
			return nodes[i].order < nodes[j].order
		})
		a, b := nodes[0], nodes[1]
		order++
		nodes = append(nodes[2:], &hnode{freq: a.freq + b.freq, order: order, left: a, right: b})
	}
	return nodes[0]
}

func codes(n *hnode, prefix string, out map[rune]string) {
	if n.left == nil {
		out[n.ch] = prefix
		return
	}
	codes(n.left, prefix+"0", out)
	codes(n.right, prefix+"1", out)
}

func main() {
	text := "this is an example of a huffman tree"
	root := build(text)
	table := map[rune]string{}
	codes(root, "", table)
	var keys []rune
	for r := range table {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		fmt.Printf("%q %s\n", r, table[r])
	}
	var enc strings.Builder
	for _, r := range text {
		enc.WriteString(table[r])
	}
	bits := enc.String()
	fmt.Println(len(bits), len(text)*8)
	var dec strings.Builder
	n := root
	for _, b := range bits {
		if b == '0' {
			n = n.left
		} else {
			n = n.right
		}
		if n.left == nil {
			dec.WriteRune(n.ch)
			n = root
		}
	}
	fmt.Println(dec.String() == text, dec.String())
}
