// A bool panic value.
package main

func main() {
	panic(false)
}
