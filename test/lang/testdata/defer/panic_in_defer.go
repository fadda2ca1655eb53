// A panic during deferred calls replaces the first; recover sees the latest.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer func() {
		panic("second")
	}()
	defer fmt.Println("runs before second panic")
	panic("first")
}
