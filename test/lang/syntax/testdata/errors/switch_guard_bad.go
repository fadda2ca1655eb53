package main

func main() {
	var i interface{}
	if x := i.(type) {
	}
}
