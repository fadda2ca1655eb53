// A standard library panic: strings.Repeat with a negative count.
package main

import (
	"fmt"
	"strings"
)

func main() {
	n := 2
	fmt.Println(strings.Repeat("ab", n))
	n -= 3
	fmt.Println(strings.Repeat("ab", n))
}
