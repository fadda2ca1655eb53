// Widths and flags apply to each element of slices, arrays, maps and struct fields.
package main

import "fmt"

type P struct {
	X int
	S string
}

func main() {
	fmt.Printf("%5v|%-4d|%03d|%x\n", []int{1, 22}, [2]int{3, 4}, []int{5, 66}, []int{255, 16})
	fmt.Printf("%6.2f|%q|%5s|\n", []float64{1, 2.345}, []string{"a", "b"}, []string{"x", "yy"})
	fmt.Printf("%4v|%+4v|\n", P{1, "a"}, P{2, "b"})
	fmt.Printf("%3v|\n", map[string]int{"k": 1, "j": 22})
	fmt.Printf("%x|% x|%X|% X\n", []byte{1, 171}, []byte{1, 171}, "hi", []byte("hi"))
	fmt.Printf("%8x|%-8x|%08x\n", []byte{1, 2}, "ab", []byte{3})
	fmt.Printf("%q %v %d\n", []rune("hé"), []rune("hé"), []byte("A"))
	fmt.Printf("%d\n", P{7, "s"})
	fmt.Printf("%s\n", P{7, "s"})
	fmt.Printf("%v %s\n", [][]byte{[]byte("ab")}, [][]byte{[]byte("ab")})
	fmt.Printf("%t %v\n", []bool{true, false}, [1]bool{true})
	fmt.Printf("%6.3v|%.2v|%10.4v|\n", 3.14159, "abcdef", 12345.678)
}
