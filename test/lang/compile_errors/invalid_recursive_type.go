package main

type T struct {
	Next T
}

func main() {
	var t T
	_ = t
}
