// amigo:handwritten
// Since Go 1.20, interface types satisfy comparable; comparing uncomparable dynamic values panics.
package main

import "fmt"

func Count[T comparable](xs []T, v T) (n int) {
	for _, x := range xs {
		if x == v {
			n++
		}
	}
	return
}

func main() {
	fmt.Println(Count([]interface{}{1, "1", 1, 1.0, int64(1)}, interface{}(1)))
	fmt.Println(Count([]any{"a", "b", "a"}, any("a")))
	var e1, e2 error
	fmt.Println(Count([]error{e1, e2, fmt.Errorf("x")}, nil))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(Count([]any{[]int{1}}, any([]int{1})))
}
