// Errorf %w wraps; errors.Is and errors.As walk the chain; Unwrap peels one layer.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryErr struct {
	Query string
	Err   error
}

func (q *QueryErr) Error() string { return q.Query + ": " + q.Err.Error() }
func (q *QueryErr) Unwrap() error { return q.Err }

func find(k string) error {
	if k == "" {
		return &QueryErr{"<empty>", ErrNotFound}
	}
	return nil
}

func main() {
	err := fmt.Errorf("handler: %w", find(""))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, errors.New("not found")))
	var qe *QueryErr
	if errors.As(err, &qe) {
		fmt.Println("as:", qe.Query, qe.Err == ErrNotFound)
	}
	u := errors.Unwrap(err)
	fmt.Println(u, errors.Unwrap(u) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil)
	notWrapped := fmt.Errorf("handler: %v", ErrNotFound)
	fmt.Println(errors.Is(notWrapped, ErrNotFound), errors.Unwrap(notWrapped))
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, ErrNotFound), find("x") == nil)
	deep := fmt.Errorf("l3: %w", fmt.Errorf("l2: %w", fmt.Errorf("l1: %w", ErrNotFound)))
	fmt.Println(deep, errors.Is(deep, ErrNotFound))
	n := 0
	for e := error(deep); e != nil; e = errors.Unwrap(e) {
		n++
	}
	fmt.Println("depth", n)
}
