// Using an unhashable dynamic type as an interface map key panics.
package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m["ok"] = 1
	fmt.Println(len(m))
	var k interface{} = []int{1}
	m[k] = 2
	fmt.Println("unreachable")
}
