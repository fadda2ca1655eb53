// A float panic value is printed in print's exponent format.
package main

func main() {
	panic(2.5)
}
