// amigo:handwritten
package main

func produce(out chan<- string) {
}

func main() {
	produce(nil)
}
