// Every integer type through %d %x %o %b %c with the same values.
package main

import "fmt"

func main() {
	fmt.Printf("%d %d %d %d %d\n", int8(-100), int16(-30000), int32(-2000000000), int64(-9000000000000000000), int(-1))
	fmt.Printf("%x %x %x %x %x\n", int8(-100), int16(-30000), int32(-2000000000), int64(-9000000000000000000), int(-1))
	fmt.Printf("%x %x %x %x %x\n", uint8(200), uint16(60000), uint32(4000000000), uint64(18000000000000000000), uint(1))
	fmt.Printf("%o %b %o %b\n", int8(-8), int8(-8), uint8(255), uint16(1024))
	fmt.Printf("%c%c%c %U %U\n", int32(72), int64(105), uint8(33), int16(0x263A), uint32(0x1F600))
	fmt.Printf("%5d|%-5d|%05d|%x|%X\n", uint8(7), int8(-7), int16(-7), int8(-1), uint8(171))
	fmt.Printf("%v %v %v\n", uintptr(0xff), []uint8{1, 2}, [2]int16{-1, 1})
}
