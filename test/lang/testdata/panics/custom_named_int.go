// A named integer type prints as main.T(value).
package main

type Status int

func main() {
	panic(Status(-7))
}
