// Conversions between string, []byte, []rune, and integers.
package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string([]byte{104, 105}), string([]rune{0x1F600, 'x'}))
	b := []byte("abc")
	s := string(b)
	b[0] = 'X'
	fmt.Println(s, string(b))
	var empty []byte
	fmt.Println(string(empty) == "", len([]rune("")))
	type MyStr string
	m := MyStr("hi")
	fmt.Println(m, string(m)+"!", []byte(m))
	type Bytes []byte
	bb := Bytes("xyz")
	fmt.Println(bb, string(bb))
	rs := []rune("héllo")
	rs[1] = 'e'
	fmt.Println(string(rs), len(rs))
}
