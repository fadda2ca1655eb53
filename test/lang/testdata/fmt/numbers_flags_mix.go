// Mixed flags on numbers: plus, space, zero, minus, sharp with width and precision.
package main

import "fmt"

func main() {
	ints := []int64{0, 1, -1, 42, -42, 1000000}
	for _, v := range ints {
		fmt.Printf("[%+6d][% 6d][%-+6d][%06d][%+06d][% 06d][%#6x][%#-6o][%6.3d]\n", v, v, v, v, v, v, v, v, v)
	}
	fls := []float64{0, 1.5, -1.5, 123.456, -0.001}
	for _, v := range fls {
		fmt.Printf("[%+8.2f][% 8.2f][%-8.2f][%08.2f][%+08.2f][%8.0f][%#8.0f][%+.3e][% g]\n", v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("[%+q][%+x][% x][%#v]\n", "ü", "ü", "ü", 'ü')
	fmt.Printf("[%5t][%-7t][%q]\n", true, false, []bool{true})
	fmt.Printf("[%x][%X][%#x][%x]\n", -255, int8(-128), uint16(65535), []int{-1, 1})
}
