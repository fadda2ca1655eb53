// Copyright 2017 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Adapted for Amigo: the builder holds a string (the host's strings are ropes, so appending is
// cheap and String needs no copy) and tracks the capacity Go's byte slice would have, as Go's
// append and Grow would grow it, so that Cap (and code relying on it, like Map) behaves as in Go.

package strings

import "unicode/utf8"

// A Builder is used to efficiently build a string using Write methods.
// The zero value is ready to use.
type Builder struct {
	s string
	c int // the capacity of Go's underlying byte slice
}

// sizeClasses are Go's malloc size classes up to 32 KiB (runtime/sizeclasses.go).
var sizeClasses = [...]int{0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
	288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
	2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240,
	10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768}

// growCap is the capacity Go 1.19's growslice gives a []byte of capacity old that must hold need bytes.
func growCap(old, need int) int {
	newcap := old
	doublecap := newcap + newcap
	if need > doublecap {
		newcap = need
	} else {
		const threshold = 256
		if old < threshold {
			newcap = doublecap
		} else {
			for 0 < newcap && newcap < need {
				newcap += (newcap + 3*threshold) / 4
			}
			if newcap <= 0 {
				newcap = need
			}
		}
	}
	if newcap <= 32768 {
		for _, c := range sizeClasses {
			if c >= newcap {
				return c
			}
		}
	}
	const page = 8192
	return (newcap + page - 1) / page * page
}

// appended accounts for n more bytes appended to the byte slice.
func (b *Builder) appended(n int) {
	if need := len(b.s) + n; need > b.c {
		b.c = growCap(b.c, need)
	}
}

// String returns the accumulated string.
func (b *Builder) String() string { return b.s }

// Len returns the number of accumulated bytes; b.Len() == len(b.String()).
func (b *Builder) Len() int { return len(b.s) }

// Cap returns the capacity of the builder's underlying byte slice.
func (b *Builder) Cap() int { return b.c }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() {
	b.s = ""
	b.c = 0
}

// Grow grows b's capacity, if necessary, to guarantee space for another n bytes.
func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if b.c-len(b.s) < n {
		b.c = 2*b.c + n
	}
}

// Write appends the contents of p to b's buffer. Write always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.appended(len(p))
	b.s += string(p)
	return len(p), nil
}

// WriteByte appends the byte c to b's buffer. The returned error is always nil.
func (b *Builder) WriteByte(c byte) error {
	b.appended(1)
	b.s += string([]byte{c})
	return nil
}

// WriteRune appends the UTF-8 encoding of Unicode code point r to b's buffer.
func (b *Builder) WriteRune(r rune) (int, error) {
	if uint32(r) < utf8.RuneSelf {
		b.appended(1)
		b.s += string([]byte{byte(r)})
		return 1, nil
	}
	if b.c-len(b.s) < utf8.UTFMax {
		b.Grow(utf8.UTFMax)
	}
	s := string(r)
	b.s += s
	return len(s), nil
}

// WriteString appends the contents of s to b's buffer. It returns the length of s and a nil error.
func (b *Builder) WriteString(s string) (int, error) {
	b.appended(len(s))
	b.s += s
	return len(s), nil
}
