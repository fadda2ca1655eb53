package main

func forever(yield func(int) bool) {
	for i := 0; ; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	n := 0
	for x := range forever {
		n += x
	}
	println(n)
}
