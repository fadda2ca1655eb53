// Promoted fields through a nil embedded pointer panic; methods with pointer receivers may not.
package main

import "fmt"

type Inner struct{ V int }

func (i *Inner) Safe() string {
	if i == nil {
		return "nil inner"
	}
	return fmt.Sprint(i.V)
}

type Outer struct {
	*Inner
	Name string
}

func main() {
	o := Outer{Name: "o"}
	fmt.Println(o.Safe(), o.Inner == nil)
	o.Inner = &Inner{5}
	fmt.Println(o.Safe(), o.V)
	o.Inner = nil
	fmt.Println(o.V)
}
