// Recursion without a base case: must end with ERR_DEPTH, not a host stack overflow.
package main

func down(n int) int {
	return down(n+1) + 1
}

func main() {
	println(down(0))
}
