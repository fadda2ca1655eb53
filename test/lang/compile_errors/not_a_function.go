package main

func main() {
	x := 5
	x()
	var s string
	s.Len()
}
