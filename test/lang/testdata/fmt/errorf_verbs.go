// Errorf: %w with nil, non-error operands, and other verbs.
package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("base")
	e1 := fmt.Errorf("a %w b", base)
	fmt.Println(e1, errors.Unwrap(e1) == base)
	e2 := fmt.Errorf("nil: %w", nil)
	fmt.Println(e2, errors.Unwrap(e2) == nil)
	e3 := fmt.Errorf("not error: %w", "str")
	fmt.Println(e3)
	e4 := fmt.Errorf("%d items: %v", 3, []string{"x"})
	fmt.Println(e4, errors.Unwrap(e4) == nil)
	e5 := fmt.Errorf("quoted %q and %w", "s", e1)
	fmt.Println(e5, errors.Is(e5, base))
	fmt.Printf("%T %T\n", e1, e4)
}
