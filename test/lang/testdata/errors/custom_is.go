// Custom Is methods and As into interface targets.
package main

import (
	"errors"
	"fmt"
)

type HTTPErr struct{ Status int }

func (h HTTPErr) Error() string { return fmt.Sprintf("http %d", h.Status) }
func (h HTTPErr) Is(target error) bool {
	t, ok := target.(HTTPErr)
	return ok && (t.Status == 0 || t.Status == h.Status)
}

type Temporary interface{ Temporary() bool }

type netErr struct{}

func (netErr) Error() string   { return "net down" }
func (netErr) Temporary() bool { return true }

func main() {
	err := fmt.Errorf("fetch: %w", HTTPErr{503})
	fmt.Println(errors.Is(err, HTTPErr{503}), errors.Is(err, HTTPErr{}), errors.Is(err, HTTPErr{404}))
	var h HTTPErr
	fmt.Println(errors.As(err, &h), h.Status)
	var tmp Temporary
	wrapped := fmt.Errorf("op: %w", netErr{})
	fmt.Println(errors.As(wrapped, &tmp), tmp != nil && tmp.Temporary())
	fmt.Println(errors.As(err, &tmp))
}
