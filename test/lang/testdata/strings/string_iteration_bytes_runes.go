// Indexing vs ranging over strings with multi-byte characters, and byte/rune conversions.
package main

import "fmt"

func main() {
	s := "añ€😀"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%x ", i, s[i])
	}
	fmt.Println()
	for i, r := range s {
		fmt.Printf("%d:%c:%d ", i, r, len(string(r)))
	}
	fmt.Println()
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(len(bs), len(rs), string(bs[1:3]), string(rs[1:3]))
	fmt.Println(string(bs[3]), string(rune(bs[3])), s[3:6])
	last := rs[len(rs)-1]
	fmt.Printf("%U %d %q %x\n", last, last, last, string(last))
}
