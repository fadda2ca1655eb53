// Initialization follows references through functions and methods.
package main

import "fmt"

var registry = map[string]int{}

var x = register("x", y+1)
var y = register("y", z*2)
var z = register("z", w())
var last = register("last", 0)

func w() int { return base }

var base = register("base", 5)

type T struct{}

func (T) val() int { return fromMethod }

var viaMethod = register("viaMethod", T{}.val())
var fromMethod = register("fromMethod", 7)

func register(name string, v int) int {
	registry[name] = v
	fmt.Println("register", name, v, len(registry))
	return v
}

func init() {
	fmt.Println("init sees", x, y, z, base, viaMethod)
}

func main() {
	fmt.Println(registry)
}
