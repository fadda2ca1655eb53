// amigo:handwritten
package main

type Pipeline struct {
	in <-chan []byte
}

func main() {
	var p Pipeline
	_ = p
}
