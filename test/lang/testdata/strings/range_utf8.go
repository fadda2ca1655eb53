// range over a string decodes UTF-8; invalid bytes give U+FFFD one byte at a time.
package main

import "fmt"

func main() {
	s := "aé世\xff\xfe𝄞z"
	for i, r := range s {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()
	for i := range "日本語" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range s {
		n++
	}
	fmt.Println(n, len(s))
	bad := "\xc3"
	for i, r := range bad {
		fmt.Println(i, r, r == '\uFFFD')
	}
	fmt.Println([]rune("\xe4\xb8"), string([]byte{0xe4, 0xb8, 0x96}))
	surrogate := rune(0xD800)
	fmt.Printf("%q %q %q\n", string(surrogate), string(rune(0x10FFFF+1)), string(rune(-1)))
}
