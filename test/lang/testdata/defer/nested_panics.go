// Unrecovered nested panics print each one in order.
package main

import "fmt"

func main() {
	defer func() {
		panic("third")
	}()
	defer func() {
		fmt.Println("deferred runs")
		panic(fmt.Errorf("second %d", 2))
	}()
	panic("first")
}
