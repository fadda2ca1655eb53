// Shift rules: counts >= width give 0 (or -1 for negative signed >>), unsigned counts of any type.
package main

import "fmt"

func main() {
	var a int32 = -8
	var b uint32 = 0x80000000
	for _, s := range []uint{0, 1, 5, 31, 32, 33, 64, 100} {
		fmt.Println(s, a<<s, a>>s, b<<s, b>>s)
	}
	var x int64 = 1
	var s8 uint8 = 63
	fmt.Println(x<<s8, x<<(s8+1), -x>>s8)
	var y uint8 = 0xF0
	var cnt int = 3
	fmt.Println(y<<cnt, y>>cnt, y<<4, y>>4)
	var z uint64 = 0xDEADBEEFCAFEBABE
	fmt.Printf("%x %x %x %x\n", z<<4, z>>4, z<<60, z>>60)
	var i int = -1
	fmt.Println(i<<63, i>>63, uint64(i)>>1)
	fmt.Println(1<<10, 1<<62, uint64(1)<<63)
	const big = 1 << 100
	fmt.Println(big >> 98)
	var sh int16 = 3
	v := int16(1000)
	fmt.Println(v<<sh, v>>sh, v<<10, v<<sh<<sh)
}
