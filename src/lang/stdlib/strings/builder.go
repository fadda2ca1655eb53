// Copyright 2017 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Adapted for Amigo: the builder holds a string (the host's strings are ropes, so appending is
// cheap and String needs no copy); Cap reports the length and Grow only validates its argument.

package strings

import "unicode/utf8"

// A Builder is used to efficiently build a string using Write methods.
// The zero value is ready to use.
type Builder struct {
	s string
}

// String returns the accumulated string.
func (b *Builder) String() string { return b.s }

// Len returns the number of accumulated bytes; b.Len() == len(b.String()).
func (b *Builder) Len() int { return len(b.s) }

// Cap returns the capacity of the builder's underlying byte slice (here, its length).
func (b *Builder) Cap() int { return len(b.s) }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() { b.s = "" }

// Grow grows b's capacity, if necessary, to guarantee space for another n bytes.
func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
}

// Write appends the contents of p to b's buffer. Write always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.s += string(p)
	return len(p), nil
}

// WriteByte appends the byte c to b's buffer. The returned error is always nil.
func (b *Builder) WriteByte(c byte) error {
	b.s += string([]byte{c})
	return nil
}

// WriteRune appends the UTF-8 encoding of Unicode code point r to b's buffer.
func (b *Builder) WriteRune(r rune) (int, error) {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	s := string(r)
	b.s += s
	return len(s), nil
}

// WriteString appends the contents of s to b's buffer. It returns the length of s and a nil error.
func (b *Builder) WriteString(s string) (int, error) {
	b.s += s
	return len(s), nil
}
