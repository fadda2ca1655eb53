// Printing error values, nil errors, and errors inside composites.
package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (c *CodeErr) Error() string { return fmt.Sprint("code ", c.Code) }

func main() {
	e1 := errors.New("plain")
	e2 := fmt.Errorf("ctx: %w", e1)
	var e3 error = &CodeErr{404}
	fmt.Println(e1, e2, e3)
	fmt.Printf("%v|%s|%q|%+v|%x\n", e2, e2, e2, e3, e1)
	fmt.Println([]error{e1, nil, e3})
	fmt.Printf("%v\n", map[string]error{"b": e1, "a": nil})
	type Result struct {
		Val int
		Err error
	}
	fmt.Printf("%v %+v\n", Result{1, e1}, Result{2, nil})
	fmt.Println(fmt.Errorf("no wrap %d", 5), fmt.Errorf("%w + %v", e1, e3))
}
