// Default formatting of every numeric type with Print/Println/Sprint.
package main

import "fmt"

func main() {
	fmt.Println(int8(-8), int16(-16), int32(-32), int64(-64), uint8(8), uint16(16), uint32(32), uint64(64), uintptr(7))
	fmt.Println(float32(1)/3, float64(1)/3, float32(1e10), float64(1e10), float32(123456789), 1e-320)
	fmt.Println(3.0, 3.5, -0.0, 100.0, 1e6, 1e20, 1e21, 12345678.0, 0.000001, 0.0000001)
	fmt.Print(1, 2.0, "x", 3, "\n")
	fmt.Print(true, false, "\n")
	var r rune = 'A'
	var b byte = 'B'
	fmt.Println(r, b, string(r), string(b))
	fmt.Println(fmt.Sprint(3, 4), fmt.Sprint("a", 3, 4, "b"), fmt.Sprint(3, "a", 4))
	fmt.Println(fmt.Sprintln(1, 2) == "1 2\n")
	println("builtin println", 1, true, "s", 'c', int8(-1))
	print("builtin print", 1, 2, "\n")
}
