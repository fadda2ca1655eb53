package main

func f() int {
	return 1, 2
}

func g() (int, string) {
	return 1
}

func main() {
	f()
	g()
}
