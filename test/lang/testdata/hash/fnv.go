// hash/fnv: 32 and 64 bit FNV-1 and FNV-1a.
package main

import (
	"fmt"
	"hash/fnv"
)

func main() {
	for _, s := range []string{"", "a", "foobar", "hello world", "日本"} {
		h1 := fnv.New32()
		h1.Write([]byte(s))
		h2 := fnv.New32a()
		h2.Write([]byte(s))
		h3 := fnv.New64()
		h3.Write([]byte(s))
		h4 := fnv.New64a()
		h4.Write([]byte(s))
		fmt.Println(s, h1.Sum32(), h2.Sum32(), h3.Sum64(), h4.Sum64())
	}
	h := fnv.New64a()
	h.Write([]byte("abc"))
	fmt.Printf("%x %d\n", h.Sum(nil), h.Size())
	h.Reset()
	fmt.Println(h.Sum64())
}
