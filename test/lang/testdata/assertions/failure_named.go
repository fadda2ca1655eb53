// Asserting between named types of one package shows both names.
package main

type Meters float64
type Feet float64

func main() {
	var v interface{} = Meters(3)
	_ = v.(Feet)
}
