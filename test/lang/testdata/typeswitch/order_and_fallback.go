// Cases are tried in order; the first match wins even if a later one is more specific.
package main

import (
	"errors"
	"fmt"
)

type E struct{ msg string }

func (e *E) Error() string  { return e.msg }
func (e *E) String() string { return "E:" + e.msg }

func kind(v interface{}) string {
	switch v.(type) {
	case fmt.Stringer:
		return "stringer"
	case error:
		return "error"
	}
	return "neither"
}

func main() {
	fmt.Println(kind(&E{"x"}), kind(errors.New("y")), kind(3))
	var err error = &E{"boom"}
	switch e := err.(type) {
	case *E:
		fmt.Println("*E", e.msg)
	}
	switch x := interface{}(uint8(5)); y := x.(type) {
	case int:
		fmt.Println("int", y)
	case uint8:
		fmt.Println("uint8", y+250, y+251)
	}
	var p *E
	var i interface{} = p
	switch i.(type) {
	case nil:
		fmt.Println("nil")
	case *E:
		fmt.Println("typed nil *E")
	}
}
