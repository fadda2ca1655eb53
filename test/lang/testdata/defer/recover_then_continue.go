// After a recovered panic the function returns normally; later recover() calls return nil.
package main

import (
	"errors"
	"fmt"
)

type step func() error

func runAll(steps []step) (errs []error) {
	for i, s := range steps {
		func() {
			defer func() {
				if r := recover(); r != nil {
					errs = append(errs, fmt.Errorf("step %d panicked: %v", i, r))
				}
			}()
			if err := s(); err != nil {
				errs = append(errs, fmt.Errorf("step %d: %w", i, err))
			}
		}()
	}
	return errs
}

var errSoft = errors.New("soft failure")

func main() {
	errs := runAll([]step{
		func() error { return nil },
		func() error { return errSoft },
		func() error { var m map[string]int; m["x"] = 1; return nil },
		func() error { panic(errSoft) },
		func() error { return nil },
	})
	for _, e := range errs {
		fmt.Println(e, errors.Is(e, errSoft))
	}
	fmt.Println(recover())
}
