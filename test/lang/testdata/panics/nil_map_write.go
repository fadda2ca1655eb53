// Writing to a nil map panics; reading is fine.
package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func main() {
	var r Registry
	fmt.Println(r.entries["x"], len(r.entries))
	r.entries["x"] = 1
}
