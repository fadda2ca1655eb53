// Package sha256: the SHA-224 and SHA-256 hashes of FIPS 180-4. Input is buffered to whole
// 64-byte blocks here; the compression of blocks is native.
package sha256

import (
	"errors"
	"hash"
)

// Size is the length of a SHA-256 sum in bytes.
const Size = 32

// Size224 is the length of a SHA-224 sum in bytes.
const Size224 = 28

// BlockSize is the block size of both hashes in bytes.
const BlockSize = 64

type digest struct {
	h     [8]uint32       // the chaining value
	buf   [BlockSize]byte // input not yet compressed: buf[:nbuf]
	nbuf  int
	total uint64 // bytes written since Reset
	is224 bool
}

// New gives a SHA-256 hash.
func New() hash.Hash {
	d := &digest{}
	d.Reset()
	return d
}

// New224 gives a SHA-224 hash.
func New224() hash.Hash {
	d := &digest{is224: true}
	d.Reset()
	return d
}

// Reset puts back the initial hash value of FIPS 180-4 (section 5.3.2 for SHA-224, 5.3.3 for SHA-256).
func (d *digest) Reset() {
	if d.is224 {
		d.h = [8]uint32{0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4}
	} else {
		d.h = [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}
	}
	d.nbuf = 0
	d.total = 0
}

func (d *digest) Size() int {
	if d.is224 {
		return Size224
	}
	return Size
}

func (d *digest) BlockSize() int { return BlockSize }

// compress runs the SHA-256 compression function over p (whole blocks) into h.
func compress(h []uint32, p []byte)

func (d *digest) Write(p []byte) (int, error) {
	n := len(p)
	d.total += uint64(n)
	if d.nbuf > 0 {
		k := copy(d.buf[d.nbuf:], p)
		d.nbuf += k
		p = p[k:]
		if d.nbuf < BlockSize {
			return n, nil
		}
		compress(d.h[:], d.buf[:])
		d.nbuf = 0
	}
	whole := len(p) &^ (BlockSize - 1)
	if whole > 0 {
		compress(d.h[:], p[:whole])
	}
	d.nbuf = copy(d.buf[:], p[whole:])
	return n, nil
}

// Sum appends the hash of what was written so far; d itself is left as it was.
func (d *digest) Sum(b []byte) []byte {
	c := *d
	full := c.finish()
	return append(b, full[:c.Size()]...)
}

// finish pads the message (a 1 bit, zeros, the bit length: FIPS 180-4 section 5.1.1) and gives
// the final chaining value as bytes.
func (d *digest) finish() [Size]byte {
	bits := d.total * 8
	var pad [BlockSize + 8]byte
	pad[0] = 0x80
	zeros := (BlockSize + 56 - 1 - d.nbuf) % BlockSize
	tail := pad[:1+zeros+8]
	for i := 0; i < 8; i++ {
		tail[len(tail)-1-i] = byte(bits >> (8 * i))
	}
	d.Write(tail)
	var out [Size]byte
	for i, w := range d.h {
		out[4*i], out[4*i+1], out[4*i+2], out[4*i+3] = byte(w>>24), byte(w>>16), byte(w>>8), byte(w)
	}
	return out
}

// Sum256 gives the SHA-256 hash of data.
func Sum256(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.finish()
}

// Sum224 gives the SHA-224 hash of data.
func Sum224(data []byte) [Size224]byte {
	d := digest{is224: true}
	d.Reset()
	d.Write(data)
	full := d.finish()
	var out [Size224]byte
	copy(out[:], full[:])
	return out
}

// MarshalBinary gives "sha", 2 (SHA-224) or 3 (SHA-256), the chaining value, the 64-byte buffer
// and the length written, all big-endian: 108 bytes that UnmarshalBinary takes back.
func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, marshaledSize)
	b = append(b, d.magic()...)
	for _, w := range d.h {
		b = append(b, byte(w>>24), byte(w>>16), byte(w>>8), byte(w))
	}
	b = append(b, d.buf[:d.nbuf]...)
	b = b[:len(b)+BlockSize-d.nbuf] // the rest of the buffer as zeros
	for i := 7; i >= 0; i-- {
		b = append(b, byte(d.total>>(8*i)))
	}
	return b, nil
}

const marshaledSize = 4 + 4*8 + BlockSize + 8

func (d *digest) magic() string {
	if d.is224 {
		return "sha\x02"
	}
	return "sha\x03"
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < 4 || string(b[:4]) != d.magic() {
		return errors.New("crypto/sha256: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/sha256: invalid hash state size")
	}
	b = b[4:]
	for i := range d.h {
		d.h[i] = uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
		b = b[4:]
	}
	copy(d.buf[:], b[:BlockSize])
	b = b[BlockSize:]
	d.total = 0
	for _, c := range b {
		d.total = d.total<<8 | uint64(c)
	}
	d.nbuf = int(d.total % BlockSize)
	return nil
}
