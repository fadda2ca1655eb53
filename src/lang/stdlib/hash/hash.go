// Package hash: the interfaces that every hash function of the library implements.
package hash

import "io"

// Hash is a running hash: Write adds bytes (never failing), Sum appends the current hash to b
// without changing the state, Reset starts over.
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	// Size is the length of Sum's result in bytes.
	Size() int
	// BlockSize is the hash's natural block size: Writes of its multiples are fastest.
	BlockSize() int
}

// Hash32 is a Hash whose value is also a uint32.
type Hash32 interface {
	Hash
	Sum32() uint32
}

// Hash64 is a Hash whose value is also a uint64.
type Hash64 interface {
	Hash
	Sum64() uint64
}
