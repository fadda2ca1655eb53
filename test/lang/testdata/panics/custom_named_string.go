// A named string type that is not an error prints with its type name.
package main

type Code string

func main() {
	panic(Code("E42"))
}
