// Appends forever: must end with ERR_MEMORY.
package main

func main() {
	var xs []int
	chunk := make([]int, 1024)
	for {
		xs = append(xs, chunk...)
	}
}
