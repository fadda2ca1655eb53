// math/bits.Div64 panics with integer overflow when the quotient does not fit.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	q, r := bits.Div64(0, 100, 7)
	fmt.Println(q, r)
	q, r = bits.Div64(8, 0, 7)
	fmt.Println(q, r)
}
