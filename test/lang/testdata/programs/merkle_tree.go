// A Merkle tree over sha256 with inclusion proofs.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

type Hash [32]byte

func leaf(data string) Hash { return sha256.Sum256(append([]byte{0}, data...)) }
func node(a, b Hash) Hash {
	buf := append([]byte{1}, a[:]...)
	buf = append(buf, b[:]...)
	return sha256.Sum256(buf)
}

func root(leaves []Hash) Hash {
	level := leaves
	for len(level) > 1 {
		var next []Hash
		for i := 0; i < len(level); i += 2 {
			if i+1 < len(level) {
				next = append(next, node(level[i], level[i+1]))
			} else {
				next = append(next, level[i])
			}
		}
		level = next
	}
	return level[0]
}

type Step struct {
	Sibling Hash
	Left    bool
}

func proof(leaves []Hash, idx int) []Step {
	var steps []Step
	level := leaves
	for len(level) > 1 {
		sib := idx ^ 1
		if sib < len(level) {
			steps = append(steps, Step{level[sib], sib < idx})
		}
		var next []Hash
		for i := 0; i < len(level); i += 2 {
			if i+1 < len(level) {
				next = append(next, node(level[i], level[i+1]))
			} else {
				next = append(next, level[i])
			}
		}
		level = next
		idx /= 2
	}
	return steps
}

func verify(h Hash, steps []Step, r Hash) bool {
	for _, s := range steps {
		if s.Left {
			h = node(s.Sibling, h)
		} else {
			h = node(h, s.Sibling)
		}
	}
	return h == r
}

func main() {
	data := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	var leaves []Hash
	for _, d := range data {
		leaves = append(leaves, leaf(d))
	}
	r := root(leaves)
	fmt.Println(hex.EncodeToString(r[:]))
	for i := range data {
		p := proof(leaves, i)
		fmt.Println(i, len(p), verify(leaves[i], p, r), verify(leaf("zeta"), p, r))
	}
	leaves[2] = leaf("GAMMA")
	r2 := root(leaves)
	fmt.Println(r2 == r, hex.EncodeToString(r2[:8]))
}
