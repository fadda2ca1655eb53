package strings

import (
	"errors"
	"io"
	"unicode/utf8"
)

// A Reader reads a string: it is an io.Reader, ReaderAt, ByteScanner, RuneScanner, Seeker and
// WriterTo. Its zero value reads the empty string.
type Reader struct {
	s        string
	i        int64 // the read position (may be past the end after a Seek)
	prevRune int   // where the last ReadRune started, or -1 when the last operation was not one
}

// NewReader returns a Reader of s.
func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

// Reset makes r read s from its start.
func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

// Len is the number of bytes not yet read.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return len(r.s) - int(r.i)
}

// Size is the length of the whole string, whatever has been read.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// rest is the unread part of the string ("" past the end).
func (r *Reader) rest() string {
	if r.i >= int64(len(r.s)) {
		return ""
	}
	return r.s[r.i:]
}

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.Len() == 0 {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.rest())
	r.i += int64(n)
	return n, nil
}

// ReadAt reads from offset off without moving the read position.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		return n, io.EOF
	}
	return n, nil
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.Len() == 0 {
		return 0, io.EOF
	}
	c := r.s[r.i]
	r.i++
	return c, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.Len() == 0 {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	ch, size = utf8.DecodeRuneInString(r.rest())
	r.i += int64(size)
	return ch, size, nil
}

// UnreadRune steps back over the rune the previous operation, a ReadRune, read.
func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

// Seek moves the read position; positions past the end are allowed, negative ones are not.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var from int64
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		from = r.i
	case io.SeekEnd:
		from = int64(len(r.s))
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	pos := from + offset
	if pos < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.i = pos
	return pos, nil
}

// WriteTo writes the unread part of the string to w.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	rest := r.rest()
	if rest == "" {
		return 0, nil
	}
	m, err := io.WriteString(w, rest)
	if m > len(rest) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.i += int64(m)
	if m != len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return int64(m), err
}
