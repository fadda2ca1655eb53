// Indexing through a nil pointer to an array panics with a nil dereference.
package main

import "fmt"

func main() {
	var p *[4]int
	fmt.Println(len(p))
	fmt.Println(p[1])
}
