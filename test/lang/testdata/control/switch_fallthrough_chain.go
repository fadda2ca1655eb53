// fallthrough chains through several cases, into default placed in the middle.
package main

import "fmt"

func levels(n int) []string {
	var out []string
	switch {
	case n > 100:
		out = append(out, "huge")
		fallthrough
	case n > 10:
		out = append(out, "big")
		fallthrough
	default:
		out = append(out, "some")
	case n < 0:
		out = append(out, "negative")
	}
	return out
}

func main() {
	for _, n := range []int{500, 50, 5, -5} {
		fmt.Println(n, levels(n))
	}
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	default:
		fmt.Println("default")
		fallthrough
	case 3:
		fmt.Println("three (via fallthrough)")
	}
}
