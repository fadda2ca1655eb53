// amigo:handwritten
package main

func main() {
	select {}
}
