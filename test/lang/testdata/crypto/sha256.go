// crypto/sha256: Sum256 and the streaming hash with several block boundaries.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"", "abc", "The quick brown fox jumps over the lazy dog", strings.Repeat("a", 55), strings.Repeat("a", 56), strings.Repeat("a", 64), strings.Repeat("xyz", 1000)} {
		sum := sha256.Sum256([]byte(s))
		fmt.Println(len(s), hex.EncodeToString(sum[:]))
	}
	h := sha256.New()
	h.Write([]byte("hello "))
	h.Write([]byte("world"))
	fmt.Printf("%x\n", h.Sum(nil))
	fmt.Println(h.Size(), h.BlockSize())
	h.Reset()
	for i := 0; i < 100; i++ {
		fmt.Fprintf(h, "%d,", i)
	}
	fmt.Printf("%x\n", h.Sum([]byte("prefix")))
	s := sha256.Sum256([]byte("abc"))
	fmt.Printf("%T %x\n", s, s[:4])
}
