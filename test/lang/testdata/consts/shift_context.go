// Untyped constant shifts take their type from context; non-constant shifts of untyped constants too.
package main

import "fmt"

func main() {
	var s uint = 9
	var u8 uint8 = 1 << s
	var i64 int64 = 1 << s
	x := 1 << s
	var u16 uint16 = 1<<s + 1
	fmt.Println(u8, i64, x, u16)
	var big uint = 70
	var u64 uint64 = 1 << (big - 7)
	fmt.Println(u64, 1<<(big-7) == 0)
	const c = 1 << 70 >> 68
	fmt.Println(c)
	fmt.Printf("%T %T\n", 1<<s, u8<<1)
	var f float64 = 3
	fmt.Println(f * (1 << 3))
}
