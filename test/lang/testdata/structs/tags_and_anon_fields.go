// Struct tags are part of the type but do not affect values; anonymous struct slices.
package main

import "fmt"

type User struct {
	Name  string `json:"name"`
	Email string `json:"email,omitempty"`
	Age   int    `json:"-"`
}

func main() {
	u := User{"ann", "a@x", 33}
	fmt.Printf("%v %+v\n", u, u)
	points := []struct {
		X, Y int
		Tag  string
	}{{1, 2, "a"}, {3, 4, "b"}}
	for _, p := range points {
		fmt.Println(p.X+p.Y, p.Tag)
	}
	points[1].Tag = "B"
	fmt.Println(points)
	type pair = struct{ A, B int }
	var p pair = struct{ A, B int }{5, 6}
	fmt.Println(p, p == pair{5, 6})
}
