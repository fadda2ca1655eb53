package binary

import (
	"errors"
	"io"
)

// The longest varints of 16, 32 and 64-bit integers.
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

// A varint holds 7 bits per byte, least significant first, with the high bit set on every byte
// but the last. Signed values are zig-zag mapped first (0, -1, 1, -2… to 0, 1, 2, 3…).

func zigzag(x int64) uint64 { return uint64(x<<1) ^ uint64(x>>63) }

func unzigzag(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }

// AppendUvarint appends the varint of x.
func AppendUvarint(buf []byte, x uint64) []byte {
	for ; x >= 0x80; x >>= 7 {
		buf = append(buf, byte(x)|0x80)
	}
	return append(buf, byte(x))
}

// PutUvarint writes the varint of x into buf (which must be long enough) and gives its length.
func PutUvarint(buf []byte, x uint64) int {
	n := 0
	for ; x >= 0x80; x >>= 7 {
		buf[n] = byte(x) | 0x80
		n++
	}
	buf[n] = byte(x)
	return n + 1
}

// Uvarint decodes the varint at the start of buf: the value and its length; the length is 0
// when buf ends first, and -(bytes read) when the value does not fit 64 bits.
func Uvarint(buf []byte) (uint64, int)

// AppendVarint appends the zig-zag varint of x.
func AppendVarint(buf []byte, x int64) []byte { return AppendUvarint(buf, zigzag(x)) }

// PutVarint writes the zig-zag varint of x into buf and gives its length.
func PutVarint(buf []byte, x int64) int { return PutUvarint(buf, zigzag(x)) }

// Varint decodes the zig-zag varint at the start of buf, with Uvarint's lengths.
func Varint(buf []byte) (int64, int) {
	u, n := Uvarint(buf)
	return unzigzag(u), n
}

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// ReadUvarint reads a varint from r; on an error it gives the bits gathered so far.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			return x, err
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return x, errOverflow
			}
			return x | uint64(b)<<(7*i), nil
		}
		x |= uint64(b&0x7f) << (7 * i)
	}
	return x, errOverflow
}

// ReadVarint reads a zig-zag varint from r.
func ReadVarint(r io.ByteReader) (int64, error) {
	u, err := ReadUvarint(r)
	return unzigzag(u), err
}
