// Bitwise operators: & | ^ &^ and unary ^ at several widths.
package main

import "fmt"

func main() {
	var a, b uint8 = 0xCA, 0x5F
	fmt.Printf("%08b %08b %08b %08b %08b %08b\n", a&b, a|b, a^b, a&^b, ^a, ^b)
	var c, d int16 = -300, 1234
	fmt.Println(c&d, c|d, c^d, c&^d, ^c, ^d)
	var e, f uint64 = 0xFFFF0000FFFF0000, 0x0123456789ABCDEF
	fmt.Printf("%x %x %x %x %x\n", e&f, e|f, e^f, e&^f, ^f)
	var g, h int64 = -1, 0x7FFFFFFF00000000
	fmt.Println(g&h, g|h, g^h, g&^h)
	x := 0
	x |= 1 << 3
	x |= 1 << 5
	x &^= 1 << 3
	x ^= 0xFF
	fmt.Println(x)
	var m uint32 = 0x12345678
	m = m<<8 | m>>24
	fmt.Printf("%#x\n", m)
}
