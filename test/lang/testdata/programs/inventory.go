// An inventory system with interfaces, embedded types, and sorting by several keys.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item interface {
	SKU() string
	Price() float64
	Describe() string
}

type base struct {
	sku   string
	price float64
	qty   int
}

func (b base) SKU() string      { return b.sku }
func (b base) Price() float64   { return b.price }
func (b *base) Restock(n int)   { b.qty += n }
func (b base) Describe() string { return fmt.Sprintf("%s x%d @ %.2f", b.sku, b.qty, b.price) }

type Book struct {
	base
	Author string
}

func (b Book) Describe() string { return "Book " + b.base.Describe() + " by " + b.Author }

type Gadget struct {
	base
	Watts int
}

type Inventory struct{ items []Item }

func (inv *Inventory) Add(it Item) { inv.items = append(inv.items, it) }

func (inv *Inventory) Total() (t float64) {
	for _, it := range inv.items {
		switch v := it.(type) {
		case *Book:
			t += v.price * float64(v.qty)
		case *Gadget:
			t += v.price * float64(v.qty)
		}
	}
	return
}

func main() {
	inv := &Inventory{}
	b1 := &Book{base{"B-100", 12.5, 3}, "Le Guin"}
	b2 := &Book{base{"B-050", 7.25, 10}, "Calvino"}
	g1 := &Gadget{base{"G-7", 99.99, 1}, 60}
	inv.Add(b1)
	inv.Add(g1)
	inv.Add(b2)
	g1.Restock(2)
	b1.Restock(-1)
	for _, it := range inv.items {
		fmt.Println(it.Describe())
	}
	fmt.Printf("total %.2f\n", inv.Total())
	sort.Slice(inv.items, func(i, j int) bool { return inv.items[i].SKU() < inv.items[j].SKU() })
	var skus []string
	for _, it := range inv.items {
		skus = append(skus, it.SKU())
	}
	fmt.Println(strings.Join(skus, ","))
	sort.SliceStable(inv.items, func(i, j int) bool { return inv.items[i].Price() > inv.items[j].Price() })
	for _, it := range inv.items {
		fmt.Printf("%-6s %8.2f %T\n", it.SKU(), it.Price(), it)
	}
}
