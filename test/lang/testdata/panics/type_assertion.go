// Failed type assertion with a named struct type.
package main

import "fmt"

type Cat struct{ Name string }
type Dog struct{ Name string }

func name(v interface{}) string {
	return v.(Cat).Name
}

func main() {
	fmt.Println(name(Cat{"tom"}))
	fmt.Println(name(Dog{"rex"}))
}
