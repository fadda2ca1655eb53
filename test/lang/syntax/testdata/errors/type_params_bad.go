package main

func f[T](x T) {}

func g[](x int) {}

type S struct{}

func (S) m[T any]() {}

func main() {}
