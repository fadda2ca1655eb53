package main

func main() {
	var n int = "five"
	var s string
	s = 5
	_, _ = n, s
}
