package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// MinRead is the room ReadFrom makes before each Read.
const MinRead = 512

var (
	// ErrTooLarge is the panic of a Buffer that cannot grow any more.
	ErrTooLarge     = errors.New("bytes.Buffer: too large")
	errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")
	errUnreadByte   = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")
	errUnreadRune   = errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
)

// lastRead records what the last operation read, for the Unread methods: a rune of 1 to 4
// bytes, some other read, or nothing that can be undone.
type readOp int8

const (
	opRead    readOp = -1
	opInvalid readOp = 0
	// 1..4: a ReadRune of that many bytes
)

// A Buffer is a byte buffer written at its end and read from its start; the zero value is an
// empty buffer ready to use. The unread bytes are buf[off:].
type Buffer struct {
	buf      []byte
	off      int
	lastRead readOp
}

// NewBuffer returns a Buffer whose unread contents are buf (it takes buf over).
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString returns a Buffer whose unread contents are a copy of s, with the capacity
// Go's string conversion would give it.
func NewBufferString(s string) *Buffer {
	buf := make([]byte, len(s), sizeClass(len(s)))
	copy(buf, s)
	return &Buffer{buf: buf}
}

// sizeClass is the capacity Go's allocator gives a byte slice of n bytes.
func sizeClass(n int) int

// Bytes returns the unread bytes, sharing the buffer's memory until its next change.
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// String returns the unread bytes as a string ("<nil>" for a nil *Buffer).
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

func (b *Buffer) Len() int { return len(b.buf) - b.off }
func (b *Buffer) Cap() int { return cap(b.buf) }

// Reset empties the buffer, keeping its memory for later writes.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = opInvalid
}

// Truncate keeps only the first n unread bytes.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = opInvalid
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// Grow makes room for n more bytes without another allocation.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	at := b.grow(n)
	b.buf = b.buf[:at]
}

// extend lengthens buf by n bytes and returns where they start: in the spare capacity when
// there is enough, else as grow makes room.
func (b *Buffer) extend(n int) int {
	if at := len(b.buf); n <= cap(b.buf)-at {
		b.buf = b.buf[:at+n]
		return at
	}
	return b.grow(n)
}

// grow lengthens buf by n bytes and returns where they start. In order: start over in an
// emptied buffer; reuse the spare capacity; give a never-used buffer 64 bytes; move the unread
// bytes down when that frees enough room (at most half the capacity in use); else reallocate,
// at least doubling.
func (b *Buffer) grow(n int) int {
	unread := b.Len()
	if unread == 0 && b.off != 0 {
		b.Reset()
	}
	if at := len(b.buf); n <= cap(b.buf)-at {
		b.buf = b.buf[:at+n]
		return at
	}
	if b.buf == nil && n <= 64 {
		b.buf = make([]byte, n, 64)
		return 0
	}
	total := cap(b.buf)
	switch {
	case n <= total/2-unread:
		copy(b.buf, b.buf[b.off:])
	case total > maxInt-total-n:
		panic(ErrTooLarge)
	default:
		rest := b.buf[b.off:]
		size := len(rest) + b.off + n
		if size < 2*cap(rest) {
			size = 2 * cap(rest)
		}
		grown := make([]byte, len(rest), sizeClass(size))
		copy(grown, rest)
		b.buf = grown
	}
	b.off = 0
	b.buf = b.buf[:unread+n]
	return unread
}

const maxInt = int(^uint(0) >> 1)

func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	at := b.extend(len(p))
	return copy(b.buf[at:], p), nil
}

func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = opInvalid
	at := b.extend(len(s))
	return copy(b.buf[at:], s), nil
}

func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = opInvalid
	at := b.extend(1)
	b.buf[at] = c
	return nil
}

func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if r >= 0 && r < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.lastRead = opInvalid
	at := b.extend(utf8.UTFMax)
	b.buf = utf8.AppendRune(b.buf[:at], r)
	return len(b.buf) - at, nil
}

// ReadFrom appends what r yields until EOF (not an error), making MinRead bytes of room first
// each time.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = opInvalid
	for {
		at := b.grow(MinRead)
		b.buf = b.buf[:at]
		got, rerr := r.Read(b.buf[at:cap(b.buf)])
		if got < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:at+got]
		n += int64(got)
		if rerr == io.EOF {
			return n, nil
		}
		if rerr != nil {
			return n, rerr
		}
	}
}

// WriteTo writes the unread bytes to w, consuming what w accepted.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = opInvalid
	if unread := b.Len(); unread > 0 {
		m, werr := w.Write(b.buf[b.off:])
		if m > unread {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if werr != nil {
			return n, werr
		}
		if m != unread {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// drained resets an emptied buffer (so its memory is reused) and reports whether it was empty.
func (b *Buffer) drained() bool {
	if len(b.buf) > b.off {
		return false
	}
	b.Reset()
	return true
}

func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	if b.drained() {
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return n, nil
}

// Next consumes and returns the next n unread bytes (fewer when there are fewer), sharing
// the buffer's memory until its next change.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = opInvalid
	if left := b.Len(); n > left {
		n = left
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return data
}

func (b *Buffer) ReadByte() (byte, error) {
	if b.drained() {
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = opRead
	return c, nil
}

func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.drained() {
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRune(b.buf[b.off:])
	b.off += size
	b.lastRead = readOp(size)
	return r, size, nil
}

// UnreadRune gives back the rune the previous operation, a ReadRune, read.
func (b *Buffer) UnreadRune() error {
	if b.lastRead <= opInvalid {
		return errUnreadRune
	}
	if b.off >= int(b.lastRead) {
		b.off -= int(b.lastRead)
	}
	b.lastRead = opInvalid
	return nil
}

// UnreadByte gives back the last byte of the previous operation's successful read.
func (b *Buffer) UnreadByte() error {
	if b.lastRead == opInvalid {
		return errUnreadByte
	}
	b.lastRead = opInvalid
	if b.off > 0 {
		b.off--
	}
	return nil
}

// upTo consumes the unread bytes through the first delim (all of them, and io.EOF, when there
// is none) and returns them, sharing the buffer's memory.
func (b *Buffer) upTo(delim byte) (line []byte, err error) {
	end := len(b.buf)
	if i := IndexByte(b.buf[b.off:], delim); i >= 0 {
		end = b.off + i + 1
	} else {
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = opRead
	return line, err
}

// ReadBytes consumes the bytes through the first delim and returns a copy of them.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	shared, err := b.upTo(delim)
	return append(line, shared...), err
}

// ReadString consumes the bytes through the first delim and returns them as a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	shared, err := b.upTo(delim)
	return string(shared), err
}
