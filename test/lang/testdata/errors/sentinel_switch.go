// Sentinel errors compared with == and switched on with errors.Is.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var (
	ErrEmpty    = errors.New("empty input")
	ErrNegative = errors.New("negative")
)

func parsePositive(s string) (int, error) {
	if s == "" {
		return 0, ErrEmpty
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	if n < 0 {
		return 0, fmt.Errorf("value %d: %w", n, ErrNegative)
	}
	return n, nil
}

func main() {
	for _, in := range []string{"12", "", "-4", "abc", "99999999999999999999"} {
		n, err := parsePositive(in)
		switch {
		case err == nil:
			fmt.Println("ok", n)
		case err == ErrEmpty:
			fmt.Println("empty!")
		case errors.Is(err, ErrNegative):
			fmt.Println("negative:", err)
		default:
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Println("numerr:", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
			}
			fmt.Println("other:", err)
		}
	}
}
