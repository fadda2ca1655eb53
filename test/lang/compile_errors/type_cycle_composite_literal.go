package main

type T [len(T{})]int

type U [2]int

type V [len(U{})]int

func main() {
	var v V
	println(len(v))
}
