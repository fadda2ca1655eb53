package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// A Reader reads a byte slice (read-only): an io.Reader, ReaderAt, ByteScanner, RuneScanner,
// Seeker and WriterTo. Its zero value reads nothing.
type Reader struct {
	s        []byte
	i        int64 // the read position (may be past the end after a Seek)
	prevRune int   // where the last ReadRune started, or -1 when the last operation was not one
}

// NewReader returns a Reader of b.
func NewReader(b []byte) *Reader { return &Reader{b, 0, -1} }

// Reset makes r read b from its start.
func (r *Reader) Reset(b []byte) { *r = Reader{b, 0, -1} }

// unread is the part not yet read (empty past the end).
func (r *Reader) unread() []byte {
	if r.i >= int64(len(r.s)) {
		return nil
	}
	return r.s[r.i:]
}

// Len is the number of bytes not yet read.
func (r *Reader) Len() int { return len(r.unread()) }

// Size is the length of the whole slice, whatever has been read.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Read(b []byte) (n int, err error) {
	rest := r.unread()
	if len(rest) == 0 {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, rest)
	r.i += int64(n)
	return n, nil
}

// ReadAt reads from offset off, leaving the read position where it is.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	switch {
	case off < 0:
		return 0, errors.New("bytes.Reader.ReadAt: negative offset")
	case off >= int64(len(r.s)):
		return 0, io.EOF
	}
	if n = copy(b, r.s[off:]); n < len(b) {
		err = io.EOF
	}
	return n, err
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	rest := r.unread()
	if len(rest) == 0 {
		return 0, io.EOF
	}
	r.i++
	return rest[0], nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadByte: at beginning of slice")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	rest := r.unread()
	if len(rest) == 0 {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	ch, size = utf8.DecodeRune(rest)
	r.i += int64(size)
	return ch, size, nil
}

// UnreadRune steps back over the rune the previous operation, a ReadRune, read.
func (r *Reader) UnreadRune() error {
	switch {
	case r.i <= 0:
		return errors.New("bytes.Reader.UnreadRune: at beginning of slice")
	case r.prevRune < 0:
		return errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i, r.prevRune = int64(r.prevRune), -1
	return nil
}

// Seek moves the read position; positions past the end are allowed, negative ones are not.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	pos := offset
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		pos += r.i
	case io.SeekEnd:
		pos += int64(len(r.s))
	default:
		return 0, errors.New("bytes.Reader.Seek: invalid whence")
	}
	if pos < 0 {
		return 0, errors.New("bytes.Reader.Seek: negative position")
	}
	r.i = pos
	return pos, nil
}

// WriteTo writes the unread bytes (the slice itself, not a copy) to w.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	rest := r.unread()
	if len(rest) == 0 {
		return 0, nil
	}
	m, err := w.Write(rest)
	if m > len(rest) {
		panic("bytes.Reader.WriteTo: invalid Write count")
	}
	r.i += int64(m)
	if m != len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return int64(m), err
}
