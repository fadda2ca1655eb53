// Integer verbs with flags, widths and precision.
package main

import "fmt"

func main() {
	for _, n := range []int{0, 7, -7, 255, -255, 123456} {
		fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%O|%b|%8.4d|%c|%q|%U|%#U|\n", n, n, n, n, n, n, n, n, n, n, n, n, n, n, n+65, n+65, n+65, n+65)
	}
	var u8 uint8 = 200
	var i64 int64 = -9223372036854775808
	var u64 uint64 = 18446744073709551615
	fmt.Printf("%d %x %08b %d %x %X %o\n", u8, u8, u8, i64, i64, u64, u64)
	fmt.Printf("%#X %#08x %-#8x| %x % x % X\n", 3054, 255, 255, -1, 1234567, 1234567)
	fmt.Printf("%.0d|%.0d|%5.0d|\n", 0, 1, 0)
	fmt.Printf("%+05d|%-+5d|% 05d|%x\n", 42, 42, 42, []int{10, 11})
	fmt.Printf("%d %d\n", []int{1, 2}, [2]int8{-1, 1})
	fmt.Printf("%v %d %s\n", uintptr(10), 'x', fmt.Sprint(1, 2))
}
