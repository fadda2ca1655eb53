// A panic with an error value prints its Error() text.
package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	fmt.Println("working")
	panic(fmt.Errorf("operation failed: %w", ErrBase))
}
