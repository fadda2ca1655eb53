// Deeply nested composite values with every verb family.
package main

import "fmt"

type Leaf struct {
	Name string
	Val  float64
}

type Tree struct {
	Label    string
	Children []Tree
	Leaves   map[string]Leaf
	Meta     interface{}
}

func main() {
	t := Tree{
		Label: "root",
		Children: []Tree{
			{Label: "a", Leaves: map[string]Leaf{"x": {"x", 1.5}}},
			{Label: "b", Meta: []interface{}{1, "two", Leaf{"l", 3}, nil, map[int]bool{2: true, 1: false}}},
		},
		Leaves: map[string]Leaf{"z": {"z", -1}, "m": {"m", 0.25}},
		Meta:   [2][]string{{"p"}, nil},
	}
	fmt.Printf("%v\n\n%+v\n\n%#v\n", t, t, t)
	fmt.Printf("%s\n", t.Children[1].Meta)
	fmt.Printf("%d\n", t.Leaves)
}
