// amigo:handwritten
// errors.Join and multiple %w in Errorf (Go 1.20).
package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("error a")
	ErrB = errors.New("error b")
	ErrC = errors.New("error c")
)

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Is(j, ErrC), errors.Unwrap(j) == nil)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	w := fmt.Errorf("both: %w and %w", ErrA, ErrC)
	fmt.Println(w, errors.Is(w, ErrA), errors.Is(w, ErrC), errors.Is(w, ErrB), errors.Unwrap(w) == nil)
	nested := fmt.Errorf("outer: %w", errors.Join(ErrB, fmt.Errorf("inner: %w", ErrC)))
	fmt.Println(nested)
	fmt.Println(errors.Is(nested, ErrC), errors.Is(nested, ErrA))
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[1])
	}
}
