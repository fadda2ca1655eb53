// amigo:handwritten
package main

import "fmt"

func worker(n int) {
	fmt.Println("work", n)
}

func main() {
	go worker(1)
	fmt.Println("main")
}
