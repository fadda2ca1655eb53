// Strings are byte sequences: len counts bytes, indexing yields bytes.
package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), s[0], s[1], s[2], s[len(s)-1])
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	fmt.Println(s[1:3], s[7:10], len(s[7:]))
	fmt.Printf("%q %q %x % x\n", s[1:2], s[:2], s[7:10], s[7:10])
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
	r := []rune(s)
	fmt.Println(len(r), r[1], string(r[7:9]))
	fmt.Println(string(rune(19990)), string(r), len(string(r)))
}
