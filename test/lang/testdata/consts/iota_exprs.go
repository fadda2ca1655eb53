// iota in complex expressions: bit masks, skipped values, floats and strings in one block.
package main

import "fmt"

const (
	_           = iota
	c1          = iota * iota
	c2          = iota + 100
	c3, c4      = iota, -iota
	c5     uint = 1<<iota - 1
	c6
)

const (
	f0 = float64(iota) / 2
	f1
	f2
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

func main() {
	fmt.Println(c1, c2, c3, c4, c5, c6)
	fmt.Println(f0, f1, f2)
	fmt.Println(KB, MB, GB)
	fmt.Printf("%T %T\n", c5, f1)
}
