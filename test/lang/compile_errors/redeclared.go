package main

func f() {}

func f() {}

func main() {
	a := 1
	var a int
	_ = a
}
