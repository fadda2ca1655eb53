// errors.New values are distinct even with equal text; comparison uses identity.
package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("same text")

func get() error { return ErrA }

func main() {
	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), get() == ErrA, errors.Is(e1, ErrA))
	type strErr string
	var s1 interface{} = strErr("x")
	var s2 interface{} = strErr("x")
	fmt.Println(s1 == s2)
	m := map[error]int{e1: 1, e2: 2, ErrA: 3}
	fmt.Println(len(m), m[get()])
}
