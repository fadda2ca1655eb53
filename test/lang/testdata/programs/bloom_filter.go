// A Bloom filter built on FNV hashes and a bit set.
package main

import (
	"fmt"
	"hash/fnv"
)

type Bloom struct {
	bits []uint64
	m, k uint32
}

func NewBloom(m, k uint32) *Bloom {
	return &Bloom{bits: make([]uint64, (m+63)/64), m: m, k: k}
}

func (b *Bloom) hashes(s string) (uint32, uint32) {
	h1 := fnv.New32a()
	h1.Write([]byte(s))
	h2 := fnv.New32()
	h2.Write([]byte(s))
	return h1.Sum32(), h2.Sum32() | 1
}

func (b *Bloom) Add(s string) {
	a, c := b.hashes(s)
	for i := uint32(0); i < b.k; i++ {
		pos := (a + i*c) % b.m
		b.bits[pos/64] |= 1 << (pos % 64)
	}
}

func (b *Bloom) Has(s string) bool {
	a, c := b.hashes(s)
	for i := uint32(0); i < b.k; i++ {
		pos := (a + i*c) % b.m
		if b.bits[pos/64]&(1<<(pos%64)) == 0 {
			return false
		}
	}
	return true
}

func main() {
	b := NewBloom(512, 4)
	for i := 0; i < 40; i++ {
		b.Add(fmt.Sprintf("item-%d", i))
	}
	fp := 0
	for i := 40; i < 1040; i++ {
		if b.Has(fmt.Sprintf("item-%d", i)) {
			fp++
		}
	}
	all := true
	for i := 0; i < 40; i++ {
		all = all && b.Has(fmt.Sprintf("item-%d", i))
	}
	set := 0
	for _, w := range b.bits {
		for ; w != 0; w &= w - 1 {
			set++
		}
	}
	fmt.Println(all, fp, set, b.bits[0], b.bits[7])
}
