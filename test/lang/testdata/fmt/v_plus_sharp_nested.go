// %v, %+v and %#v of nested composite values.
package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []Inner
	M     map[string]int
	Any   interface{}
	F     float64
	Bytes []byte
	Arr   [2]bool
	Nil   []int
	unexp int
}

type Alias int
type Strs []string

func main() {
	o := Outer{
		Name: "o", In: Inner{1, "x"}, List: []Inner{{2, "y"}}, M: map[string]int{"b": 2, "a": 1},
		Any: Inner{3, "z"}, F: 2, Bytes: []byte("hi"), unexp: 9,
	}
	fmt.Printf("%v\n%+v\n%#v\n", o, o, o)
	fmt.Printf("%v %+v %#v\n", Alias(3), Alias(3), Alias(3))
	fmt.Printf("%#v %#v %#v %#v\n", Strs{"a"}, []int(nil), map[string]bool(nil), [0]int{})
	fmt.Printf("%#v %#v %#v %#v %#v %#v\n", 1.0, 1e21, float32(2.5), "q\"", 'x', uint8(7))
	fmt.Printf("%#v %#v %#v\n", []interface{}{1, "a", nil}, struct{}{}, struct{ X, Y int }{1, 2})
	fmt.Printf("%#v %#v\n", true, int64(-5))
	var e error
	fmt.Printf("%v %+v %#v\n", e, e, e)
	fmt.Printf("%v\n", [][]int{{1}, {2, 3}, nil})
	fmt.Printf("%+v\n", []*int{nil})
	fmt.Printf("%v %+v\n", struct {
		P *int
		S fmt.Stringer
	}{}, map[Inner]int{{1, "a"}: 1})
}
