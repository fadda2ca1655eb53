// errors.As with interface targets and with wrapped typed errors; Unwrap returning nil.
package main

import (
	"errors"
	"fmt"
)

type coder interface{ Code() int }

type apiErr struct {
	code int
	msg  string
}

func (e *apiErr) Error() string { return fmt.Sprintf("%d %s", e.code, e.msg) }
func (e *apiErr) Code() int     { return e.code }

type wrapper struct{ inner error }

func (w wrapper) Error() string { return "wrapper(" + fmt.Sprint(w.inner) + ")" }
func (w wrapper) Unwrap() error { return w.inner }

func main() {
	err := fmt.Errorf("call: %w", wrapper{&apiErr{503, "unavailable"}})
	var c coder
	if errors.As(err, &c) {
		fmt.Println("code", c.Code())
	}
	var ae *apiErr
	fmt.Println(errors.As(err, &ae), ae.msg)
	var w wrapper
	fmt.Println(errors.As(err, &w), w.inner == error(ae))
	empty := wrapper{}
	fmt.Println(errors.Unwrap(empty) == nil, errors.Is(empty, nil), empty.Error())
	fmt.Println(errors.As(errors.New("plain"), &c))
}
