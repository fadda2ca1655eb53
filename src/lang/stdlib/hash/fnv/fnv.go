// Package fnv: the Fowler–Noll–Vo hashes FNV-1 and FNV-1a at 32, 64 and 128 bits. The state is
// kept as 32-bit words, most significant first, and folded over the input natively.
package fnv

import (
	"errors"
	"hash"
)

// variant numbers: also the last byte of the marshaled state's "fnv" identifier
const (
	kind32 = 1 + iota
	kind32a
	kind64
	kind64a
	kind128
	kind128a
)

// state is what every variant shares; the variant types differ only in Sum32/Sum64 and %T.
type state struct {
	kind  int
	words []uint32
}

type (
	sum32   struct{ state }
	sum32a  struct{ state }
	sum64   struct{ state }
	sum64a  struct{ state }
	sum128  struct{ state }
	sum128a struct{ state }
)

// New32 gives a 32-bit FNV-1 hash.
func New32() hash.Hash32 { return &sum32{newState(kind32)} }

// New32a gives a 32-bit FNV-1a hash.
func New32a() hash.Hash32 { return &sum32a{newState(kind32a)} }

// New64 gives a 64-bit FNV-1 hash.
func New64() hash.Hash64 { return &sum64{newState(kind64)} }

// New64a gives a 64-bit FNV-1a hash.
func New64a() hash.Hash64 { return &sum64a{newState(kind64a)} }

// New128 gives a 128-bit FNV-1 hash.
func New128() hash.Hash { return &sum128{newState(kind128)} }

// New128a gives a 128-bit FNV-1a hash.
func New128a() hash.Hash { return &sum128a{newState(kind128a)} }

func newState(kind int) state {
	s := state{kind: kind, words: make([]uint32, 1<<((kind-1)/2))}
	s.Reset()
	return s
}

func (s *sum32) Sum32() uint32  { return s.words[0] }
func (s *sum32a) Sum32() uint32 { return s.words[0] }
func (s *sum64) Sum64() uint64  { return s.sum64() }
func (s *sum64a) Sum64() uint64 { return s.sum64() }

func (s *state) sum64() uint64 { return uint64(s.words[0])<<32 | uint64(s.words[1]) }

// Reset puts back the offset basis of the hash's size.
func (s *state) Reset() {
	switch len(s.words) {
	case 1:
		copy(s.words, []uint32{0x811c9dc5})
	case 2:
		copy(s.words, []uint32{0xcbf29ce4, 0x84222325})
	default:
		copy(s.words, []uint32{0x6c62272e, 0x07bb0142, 0x62b82175, 0x6295c58d})
	}
}

func (s *state) Write(p []byte) (int, error) {
	fold(s.kind, s.words, p)
	return len(p), nil
}

// fold mixes p into words: FNV-1 (multiply, then xor) for odd kinds, FNV-1a for even ones.
func fold(kind int, words []uint32, p []byte)

func (s *state) Size() int      { return 4 * len(s.words) }
func (s *state) BlockSize() int { return 1 }

// Sum appends the hash, big-endian.
func (s *state) Sum(b []byte) []byte { return appendWords(b, s.words) }

func appendWords(b []byte, words []uint32) []byte {
	for _, w := range words {
		b = append(b, byte(w>>24), byte(w>>16), byte(w>>8), byte(w))
	}
	return b
}

// MarshalBinary gives "fnv", the variant number, then the hash: what UnmarshalBinary takes back.
func (s *state) MarshalBinary() ([]byte, error) {
	return appendWords([]byte{'f', 'n', 'v', byte(s.kind)}, s.words), nil
}

func (s *state) UnmarshalBinary(b []byte) error {
	if len(b) < 4 || string(b[:4]) != "fnv"+string(rune(s.kind)) {
		return errors.New("hash/fnv: invalid hash state identifier")
	}
	if len(b) != 4+4*len(s.words) {
		return errors.New("hash/fnv: invalid hash state size")
	}
	for i := range s.words {
		q := b[4+4*i:]
		s.words[i] = uint32(q[0])<<24 | uint32(q[1])<<16 | uint32(q[2])<<8 | uint32(q[3])
	}
	return nil
}
