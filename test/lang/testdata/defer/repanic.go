// Re-panicking after recover: Go reports the first panic as recovered.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("caught", r)
		panic(fmt.Sprintf("re-panic: %v", r))
	}()
	panic("original")
}
