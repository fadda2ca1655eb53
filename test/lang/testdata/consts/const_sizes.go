// Constants as array sizes, len of constant strings and arrays, and typed constant conversions.
package main

import "fmt"

const greeting = "héllo"
const N = len(greeting)

type Buf [N * 2]byte

var table = [...]string{"a", "b", "c"}

const T = len(table)

func main() {
	var b Buf
	fmt.Println(N, len(b), T, cap(b))
	copy(b[:], greeting)
	fmt.Println(b[:N], string(b[:N]))
	const f = 2.0
	var arr [int(f) + 1]int
	fmt.Println(len(arr))
	const r = 'a' + 2
	fmt.Println(string(rune(r)), r)
	type ID uint16
	const first ID = 65535
	fmt.Println(first, first-1)
}
