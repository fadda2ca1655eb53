package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "my error " + strconv.Itoa(e.code) }

type ValErr struct{ msg string }

func (e ValErr) Error() string { return e.msg }

type isAll struct{}

func (isAll) Error() string        { return "isAll" }
func (isAll) Is(target error) bool { return true }

func main() {
	e1 := &MyErr{7}
	wrapped := fmt.Errorf("wrap: %w", e1)
	twice := fmt.Errorf("again: %w", wrapped)
	var me *MyErr
	fmt.Println(errors.As(twice, &me), me.code, errors.Is(twice, e1), errors.Unwrap(twice) == wrapped, errors.Unwrap(e1) == nil)
	var ve ValErr
	fmt.Println(errors.As(fmt.Errorf("v: %w", ValErr{"bad value"}), &ve), ve.msg)
	var target interface{ Error() string }
	fmt.Println(errors.As(wrapped, &target), target)
	fmt.Println(errors.Is(isAll{}, io.EOF), errors.Is(nil, nil), errors.Is(io.EOF, nil), errors.Is(fmt.Errorf("x: %w", io.EOF), io.EOF))
	_, err := strconv.Atoi("x")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, errors.Is(err, strconv.ErrSyntax))
	defer func() { fmt.Println("recovered:", recover()) }()
	errors.As(e1, nil)
}
