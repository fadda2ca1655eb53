// amigo:handwritten
package main

func main() {
	ch := make(chan int, 1)
	_ = ch
}
