package main

func main() {
	c := make(chan int)
	if c <- 1 {
	}
	for x++; ; {
	}
}
