package main

import "strconv"

func main() {
	x := strconv.Atoi("1") + 1
	_ = x
}
