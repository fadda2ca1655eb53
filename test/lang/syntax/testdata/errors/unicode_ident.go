package main

func main() {
	var héllo = 1
	var x = 3 ∑ 4
	_ = héllo
}
