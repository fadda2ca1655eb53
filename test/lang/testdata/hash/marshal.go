// hash/fnv and crypto/sha256: Size, BlockSize, Sum, MarshalBinary and UnmarshalBinary errors.
package main

import (
	"crypto/sha256"

	"fmt"
	"hash"
	"hash/fnv"
)

func main() {
	hs := []hash.Hash{fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), fnv.New128(), fnv.New128a(), sha256.New(), sha256.New224()}
	for _, h := range hs {
		h.Write([]byte("hello, world"))
		b, err := h.(marsh).MarshalBinary()
		fmt.Printf("%T %d %d %x %q %v\n", h, h.Size(), h.BlockSize(), h.Sum([]byte{7}), b[:5], err)
		fmt.Println(len(b), h.(unmarsh).UnmarshalBinary([]byte("xx")), h.(unmarsh).UnmarshalBinary(b[:len(b)-1]), h.(unmarsh).UnmarshalBinary(b))
		fmt.Printf("%x\n", h.Sum(nil))
	}
	fmt.Printf("%x %x\n", sha256.Sum256([]byte("abc")), sha256.Sum224(nil))
}

type marsh interface{ MarshalBinary() ([]byte, error) }
type unmarsh interface{ UnmarshalBinary([]byte) error }
