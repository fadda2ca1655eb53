package main

const Limit = 10

func main() {
	Limit = 20
}
