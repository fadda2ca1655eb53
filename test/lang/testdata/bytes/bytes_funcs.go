// bytes: the strings-like functions on byte slices and Equal/Compare.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	a := []byte("Hello, World")
	fmt.Println(bytes.Contains(a, []byte("World")), bytes.Index(a, []byte("o")), bytes.LastIndex(a, []byte("o")), bytes.Count(a, []byte("l")))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Printf("%s %s %s\n", bytes.ToUpper(a), bytes.ToLower(a), bytes.TrimSpace([]byte("  pad  ")))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  x  y ")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+")))
	fmt.Printf("%s %s\n", bytes.Repeat([]byte("ab"), 3), bytes.ReplaceAll([]byte("aXbXc"), []byte("X"), []byte("--")))
	fmt.Println(bytes.HasPrefix(a, []byte("Hell")), bytes.HasSuffix(a, []byte("x")), bytes.IndexByte(a, ','), bytes.EqualFold([]byte("GO"), []byte("go")))
	fmt.Printf("%s|%s\n", bytes.Trim([]byte("xxaxx"), "x"), bytes.TrimPrefix([]byte("prefix"), []byte("pre")))
	before, after, ok := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%s %s %v\n", before, after, ok)
	fmt.Println(bytes.IndexRune([]byte("chicken"), 'k'), bytes.ContainsAny([]byte("abc"), "xc"))
}
