// Recovered runtime errors are runtime.Error values with Go's messages.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		err, isErr := r.(error)
		if isErr {
			fmt.Printf("%s: %v (runtime.Error=%v)\n", name, err.Error(), isRT)
		} else {
			fmt.Printf("%s: %v (runtime.Error=%v)\n", name, r, isRT)
		}
	}()
	f()
}

type T struct{ x int }

func main() {
	var s []int
	var m map[string]int
	var p *T
	var i interface{} = "str"
	zero := 0
	try("index", func() { _ = s[5] })
	try("slice", func() { x := []int{1, 2, 3}; lo := 2; _ = x[lo:1] })
	try("slice cap", func() { x := make([]int, 2, 4); hi := 5; _ = x[:hi] })
	try("nil map", func() { m["a"] = 1 })
	try("nil deref", func() { fmt.Println(p.x) })
	try("divide", func() { fmt.Println(10 / zero) })
	try("assert", func() { fmt.Println(i.(int)) })
	try("custom", func() { panic("custom") })
	try("error", func() { panic(fmt.Errorf("wrapped %w", fmt.Errorf("inner"))) })
	try("string index", func() { str := "abc"; k := 3; _ = str[k] })
	try("array index", func() { var a [3]int; k := -1 + zero; _ = a[k+4] })
	try("conversion", func() { x := make([]int, 2); _ = (*[3]int)(x) })
	try("int panic", func() { panic(42) })
}
