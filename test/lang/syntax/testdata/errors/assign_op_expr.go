package main

func main() {
	x, y := 1
	x + y
	x, y
}
