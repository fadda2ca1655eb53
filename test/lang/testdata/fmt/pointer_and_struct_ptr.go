// Pointers to structs print as &{...}; nested pointers print as addresses are avoided.
package main

import "fmt"

type T struct {
	A int
	B []string
}

type W struct{ In *T }

func main() {
	t := &T{1, []string{"x"}}
	fmt.Println(t)
	fmt.Printf("%v %+v\n", t, t)
	var nilT *T
	fmt.Println(nilT)
	fmt.Printf("%v %+v %#v\n", nilT, nilT, nilT)
	w := W{}
	fmt.Printf("%v %+v\n", w, w)
	pi := new(int)
	fmt.Println(pi == nil, *pi)
	fmt.Printf("%v\n", []*T{nil})
	fmt.Printf("%t %v\n", pi != nil, &[]int{1, 2})
	fmt.Printf("%v %+v\n", &[2]string{"a", "b"}, &map[string]int{"z": 1, "a": 2})
}
