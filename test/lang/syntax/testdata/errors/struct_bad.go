package main

type S struct {
	(T)
	*(U)
	a, b
	1
}

func main() {}
