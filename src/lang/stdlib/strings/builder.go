package strings

import "unicode/utf8"

// A Builder accumulates a string; its zero value is empty and ready. It keeps the text as a
// string (the host's strings are ropes: appending is cheap and String copies nothing) and
// counts the capacity Go's byte slice would have, so that Cap and Grow behave as in Go.
type Builder struct {
	s   string
	cap int
}

func (b *Builder) String() string { return b.s }
func (b *Builder) Len() int       { return len(b.s) }
func (b *Builder) Cap() int       { return b.cap }

func (b *Builder) Reset() {
	b.s = ""
	b.cap = 0
}

// Grow makes room for n more bytes without another growth: a new capacity of twice the old
// one plus n, as Go's Builder allocates it.
func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if b.cap-len(b.s) < n {
		b.cap = 2*b.cap + n
	}
}

func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteString(s string) (int, error)

// WriteRune appends r's UTF-8 encoding (RuneError's for an invalid rune). Like Go's Builder,
// a multi-byte rune first makes room for utf8.UTFMax bytes.
func (b *Builder) WriteRune(r rune) (int, error) {
	if r >= 0 && r < utf8.RuneSelf {
		return 1, b.WriteByte(byte(r))
	}
	if b.cap-len(b.s) < utf8.UTFMax {
		b.Grow(utf8.UTFMax)
	}
	enc := string(r)
	b.s += enc
	return len(enc), nil
}
