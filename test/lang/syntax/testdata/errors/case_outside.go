package main

func main() {
	switch x := 1; x {
	foo:
	}
}
