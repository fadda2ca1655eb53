// A failed assertion to an interface names the missing method.
package main

import "fmt"

type Shouter interface{ Shout() string }

type Quiet struct{}

func main() {
	var i interface{} = Quiet{}
	s := i.(Shouter)
	fmt.Println(s)
}
