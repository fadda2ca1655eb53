// Type switch variable shadowing, typed nils in cases, and switching on error chains.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFound struct{ Key string }

func (n *NotFound) Error() string { return "not found: " + n.Key }

func describe(err error) string {
	switch e := err.(type) {
	case nil:
		return "no error"
	case *NotFound:
		if e == nil {
			return "typed nil *NotFound"
		}
		return "missing " + e.Key
	case *strconv.NumError:
		return "number error in " + e.Func
	default:
		return "other: " + e.Error()
	}
}

func main() {
	var nf *NotFound
	fmt.Println(describe(nil))
	fmt.Println(describe(nf))
	fmt.Println(describe(&NotFound{"k"}))
	_, err := strconv.ParseFloat("x", 64)
	fmt.Println(describe(err))
	fmt.Println(describe(errors.New("boom")))
	fmt.Println(describe(fmt.Errorf("wrapped: %w", &NotFound{"w"})))
	x := 5
	switch x := interface{}(x).(type) {
	case int:
		x += 10
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
}
