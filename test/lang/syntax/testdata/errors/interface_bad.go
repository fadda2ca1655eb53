package main

type I interface {
	m[T any]()
	n[]()
}

func main() {}
