// A native string function asked for a huge result: must end with ERR_MEMORY.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := strings.Repeat("0123456789", 1<<32)
	fmt.Println(len(s))
}
