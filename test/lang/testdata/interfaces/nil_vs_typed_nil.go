// An interface holding a typed nil pointer is not nil.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{}
	}
	return e
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%v %T\n", err == (*MyErr)(nil), err)
	fmt.Println(correct(false) == nil, correct(true) == nil)
	var i interface{}
	fmt.Println(i == nil, i)
	var p *int
	i = p
	fmt.Println(i == nil, i, i == (*int)(nil))
	var e2 error
	fmt.Println(e2 == nil, errors.Is(e2, nil))
	fmt.Printf("%v %T\n", e2, e2)
	if err := mayFail(true); err != nil {
		fmt.Println("failed:", err)
	}
}
