// A giant slice of int64 whose byte size is 8x its length: must end with ERR_MEMORY.
package main

func main() {
	n := 1 << 27
	xs := make([]int64, n)
	println(len(xs))
}
