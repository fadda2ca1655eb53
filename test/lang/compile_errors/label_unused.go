package main

func main() {
unused:
	for i := 0; i < 2; i++ {
	}
}
