package main

func f() {}

func main() {
	defer (f())
	defer f
	go func() {}
}
