package main

func main() {
	a := [3]int{}
	a[5] = 1
	s := "abc"
	_ = s[10]
}
