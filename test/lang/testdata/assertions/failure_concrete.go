// A failed type assertion to a concrete type panics with interface conversion.
package main

import "fmt"

func main() {
	var i interface{} = 42
	fmt.Println(i.(int))
	fmt.Println(i.(string))
}
