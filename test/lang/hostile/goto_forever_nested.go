package main

func main() {
	x := 0
	for {
		if x >= 0 {
		again:
			x++
			if x > 0 {
				goto again
			}
		}
	}
}
