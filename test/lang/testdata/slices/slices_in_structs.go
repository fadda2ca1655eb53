// Structs holding slices share the backing array when copied; arrays inside are copied.
package main

import "fmt"

type Bag struct {
	Items []string
	Fixed [2]string
	Count int
}

func addItem(b Bag, s string) Bag {
	b.Items = append(b.Items, s)
	b.Items[0] = "changed"
	b.Fixed[0] = "changed"
	b.Count++
	return b
}

func main() {
	b := Bag{Items: make([]string, 1, 4), Fixed: [2]string{"f0", "f1"}}
	b.Items[0] = "first"
	c := addItem(b, "second")
	fmt.Printf("%q %q %d\n", b.Items, b.Fixed, b.Count)
	fmt.Printf("%q %q %d\n", c.Items, c.Fixed, c.Count)
	fmt.Println(len(b.Items), len(c.Items), cap(b.Items) == cap(c.Items))
	bs := []Bag{b, c}
	for _, x := range bs {
		x.Count = 100
		x.Items[0] = "via range copy"
	}
	fmt.Println(bs[0].Count, bs[1].Count, bs[0].Items[0])
}
