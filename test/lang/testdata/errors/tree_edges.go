// errors: Is/As through wrapping, custom Is/As methods, uncomparable errors, As panics.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("my ", e.code) }

type valErr struct{ s []int }

func (e valErr) Error() string { return "val" }

type wrap struct {
	msg string
	err error
}

func (w wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrap) Unwrap() error { return w.err }

type isAll struct{}

func (isAll) Error() string          { return "isall" }
func (isAll) Is(target error) bool   { return true }
func (isAll) As(target any) bool     { return false }

func main() {
	e := errors.New("boom")
	fmt.Printf("%T %v %#v\n", e, e, e)
	fmt.Println(errors.New("a") == errors.New("a"), e == e)
	w := fmt.Errorf("ctx: %w", e)
	w2 := wrap{"outer", w}
	fmt.Println(errors.Is(w2, e), errors.Is(w2, errors.New("boom")), errors.Unwrap(w2) == w, errors.Unwrap(e))
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, e), errors.Is(e, nil))
	var me *MyErr
	x := wrap{"x", &MyErr{7}}
	fmt.Println(errors.As(x, &me), me.code)
	var ie interface{ Error() string }
	fmt.Println(errors.As(x, &ie), ie)
	fmt.Println(errors.Is(valErr{}, valErr{}), errors.Is(wrap{"v", valErr{}}, e))
	fmt.Println(errors.Is(isAll{}, e), errors.As(isAll{}, &me))
	var ve valErr
	fmt.Println(errors.As(wrap{"q", valErr{[]int{1}}}, &ve), ve.s)
	fmt.Println(errors.As(nil, &me))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		errors.As(e, nil)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		errors.As(e, me)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var s string
		errors.As(e, &s)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		errors.As(e, 5)
	}()
}
