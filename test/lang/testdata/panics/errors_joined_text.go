// A panic whose value is a wrapped error chain.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (n NotFound) Error() string { return fmt.Sprintf("key %q not found", n.Key) }

func lookup(k string) error {
	return fmt.Errorf("lookup: %w", NotFound{k})
}

func main() {
	err := lookup("user:1")
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)
	panic(err)
}
