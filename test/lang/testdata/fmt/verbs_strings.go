// String and byte-slice verbs: %s %q %x %X with widths, precision and flags.
package main

import "fmt"

func main() {
	s := "héllo\tworld\n"
	fmt.Printf("|%s|%q|%+q|%#q|%x|%X|% x|%#x|\n", s, s, s, s, s, s, s, s)
	fmt.Printf("|%10s|%-10s|%.3s|%10.2s|%-6.1s|\n", "abc", "abc", "abcdef", "héllo", "日本")
	fmt.Printf("|%5q|%-8q|%.2q|\n", "a", "b", "xyz")
	b := []byte("bytes")
	fmt.Printf("%s %q %x %v %d\n", b, b, b, b, b)
	fmt.Printf("%s %v\n", []string{"a", "b"}, []string{"c"})
	fmt.Printf("%q\n", []string{"x y", "z\""})
	fmt.Printf("%x %X\n", "", "\xff\x00")
	fmt.Printf("%c|%5c|%-3c|%q|%U\n", 'A', 'é', '世', '\n', '⌘')
	fmt.Printf("%s|%10v|%-10v|\n", true, false, true)
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%08s|%-08s|\n", "ab", "ab")
	fmt.Printf("%x\n", "hello world")
	fmt.Printf("% 08x\n", "ab")
}
