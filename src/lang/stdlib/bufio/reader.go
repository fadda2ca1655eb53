// Package bufio: buffered reading and writing over any io.Reader / io.Writer, and the Scanner of
// lines, words, runes or bytes. Written for Amigo from the package's documented behaviour; the
// error texts and the sizes (4096-byte buffers, 16-byte minimum, 64 KiB tokens) are Go's.
package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

const (
	defaultBufSize    = 4096
	minReadBufferSize = 16
	// emptyReadLimit is how many reads in a row may give neither data nor an error before
	// io.ErrNoProgress is reported.
	emptyReadLimit = 100
)

// Reader buffers an io.Reader. buf[r:w] holds the bytes read from rd and not consumed yet.
type Reader struct {
	buf          []byte
	rd           io.Reader
	r, w         int
	err          error // rd's error, reported once the buffered bytes are used up
	lastByte     int   // the last byte read, for UnreadByte; -1 when unreading is not allowed
	lastRuneSize int   // the size of the last rune read, for UnreadRune; -1 when not allowed
}

// NewReaderSize gives a Reader with a buffer of at least size bytes (16 at least); rd itself
// when it is already a Reader that large.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if br, ok := rd.(*Reader); ok && len(br.buf) >= size {
		return br
	}
	if size < minReadBufferSize {
		size = minReadBufferSize
	}
	b := new(Reader)
	b.reset(make([]byte, size), rd)
	return b
}

// NewReader gives a Reader with the default buffer size.
func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

// Size gives the size of the buffer.
func (b *Reader) Size() int { return len(b.buf) }

// Reset drops the buffered data and the error and reads from r from now on.
func (b *Reader) Reset(r io.Reader) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.reset(b.buf, r)
}

func (b *Reader) reset(buf []byte, r io.Reader) {
	*b = Reader{buf: buf, rd: r, lastByte: -1, lastRuneSize: -1}
}

// takeErr gives the pending error and forgets it.
func (b *Reader) takeErr() error {
	err := b.err
	b.err = nil
	return err
}

// fill moves the buffered bytes to the front and reads once more data (or an error) from rd.
func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for tries := 0; tries < emptyReadLimit; tries++ {
		n, err := b.rd.Read(b.buf[b.w:])
		if n < 0 {
			panic(errNegativeRead)
		}
		b.w += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

var errNegativeRead = errors.New("bufio: reader returned negative count from Read")

// Buffered gives the number of bytes that can be read from the buffer without reading rd.
func (b *Reader) Buffered() int { return b.w - b.r }

// Peek gives the next n bytes without consuming them; fewer with an error when the input ends
// first (ErrBufferFull when n is larger than the buffer).
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.lastByte, b.lastRuneSize = -1, -1
	for b.w-b.r < n && b.w-b.r < len(b.buf) && b.err == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.r:b.w], ErrBufferFull
	}
	if have := b.w - b.r; have < n {
		err := b.takeErr()
		if err == nil {
			err = ErrBufferFull
		}
		return b.buf[b.r:b.w], err
	}
	return b.buf[b.r : b.r+n], nil
}

// Discard skips the next n bytes and gives how many it skipped.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.lastByte, b.lastRuneSize = -1, -1
	left := n
	for {
		if b.r == b.w {
			b.fill()
		}
		step := b.w - b.r
		if step > left {
			step = left
		}
		b.r += step
		left -= step
		if left == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - left, b.takeErr()
		}
	}
}

// Read reads into p: from the buffer when it holds data, else with at most one read of rd
// (straight into p when p is at least as large as the buffer).
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.takeErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.takeErr()
		}
		if len(p) >= len(b.buf) {
			n, b.err = b.rd.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.lastByte, b.lastRuneSize = int(p[n-1]), -1
			}
			return n, b.takeErr()
		}
		b.r, b.w = 0, 0
		n, b.err = b.rd.Read(b.buf)
		if n < 0 {
			panic(errNegativeRead)
		}
		if n == 0 {
			return 0, b.takeErr()
		}
		b.w += n
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte, b.lastRuneSize = int(b.buf[b.r-1]), -1
	return n, nil
}

// ReadByte reads one byte.
func (b *Reader) ReadByte() (byte, error) {
	b.lastRuneSize = -1
	for b.r == b.w {
		if b.err != nil {
			return 0, b.takeErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	b.lastByte = int(c)
	return c, nil
}

// UnreadByte puts back the last byte read.
func (b *Reader) UnreadByte() error {
	if b.lastByte < 0 || b.r == 0 && b.w > 0 {
		return ErrInvalidUnreadByte
	}
	if b.r > 0 {
		b.r--
	} else {
		b.w = 1 // the buffer was empty: the byte becomes its only content
	}
	b.buf[b.r] = byte(b.lastByte)
	b.lastByte, b.lastRuneSize = -1, -1
	return nil
}

// ReadRune reads one UTF-8 encoded character (U+FFFD of size 1 for a bad byte).
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.r+utf8.UTFMax > b.w && !utf8.FullRune(b.buf[b.r:b.w]) && b.err == nil && b.w-b.r < len(b.buf) {
		b.fill()
	}
	b.lastRuneSize = -1
	if b.r == b.w {
		return 0, 0, b.takeErr()
	}
	r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	b.r += size
	b.lastByte, b.lastRuneSize = int(b.buf[b.r-1]), size
	return r, size, nil
}

// UnreadRune puts back the last rune, only right after a ReadRune.
func (b *Reader) UnreadRune() error {
	if b.lastRuneSize < 0 || b.r < b.lastRuneSize {
		return ErrInvalidUnreadRune
	}
	b.r -= b.lastRuneSize
	b.lastByte, b.lastRuneSize = -1, -1
	return nil
}

// ReadSlice reads up to and including delim, giving a slice of the buffer (valid until the
// next read); ErrBufferFull when the buffer fills without delim.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0 // bytes of buf[r:w] known not to hold delim
	for {
		if i := bytes.IndexByte(b.buf[b.r+searched:b.w], delim); i >= 0 {
			end := b.r + searched + i + 1
			line = b.buf[b.r:end]
			b.r = end
			break
		}
		if b.err != nil {
			line = b.buf[b.r:b.w]
			b.r = b.w
			err = b.takeErr()
			break
		}
		if b.Buffered() >= len(b.buf) {
			b.r = b.w
			line = b.buf
			err = ErrBufferFull
			break
		}
		searched = b.w - b.r
		b.fill()
	}
	if len(line) > 0 {
		b.lastByte, b.lastRuneSize = int(line[len(line)-1]), -1
	}
	return line, err
}

// ReadLine gives one line without its "\n" or "\r\n"; isPrefix when the line did not fit in
// the buffer (the rest comes with the next calls).
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		if len(line) > 0 && line[len(line)-1] == '\r' {
			// keep the '\r' for the next call, where a '\n' may follow it
			if b.r == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.r--
			line = line[:len(line)-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	err = nil
	if line[len(line)-1] == '\n' {
		cut := 1
		if len(line) > 1 && line[len(line)-2] == '\r' {
			cut = 2
		}
		line = line[:len(line)-cut]
	}
	return line, false, err
}

// collect reads up to and including delim into a fresh slice, across buffer fills.
func (b *Reader) collect(delim byte) ([]byte, error) {
	var out []byte
	for {
		part, err := b.ReadSlice(delim)
		out = append(out, part...)
		if err != ErrBufferFull {
			return out, err
		}
	}
}

// ReadBytes reads up to and including delim; at an error before delim, the data read and it.
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	out, err := b.collect(delim)
	if out == nil {
		out = []byte{}
	}
	return out, err
}

// ReadString is ReadBytes giving a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	out, err := b.collect(delim)
	return string(out), err
}

// WriteTo writes the buffered data and then everything left in rd to w.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.lastByte, b.lastRuneSize = -1, -1
	for {
		if b.r < b.w {
			m, werr := w.Write(b.buf[b.r:b.w])
			if m < 0 {
				panic(errors.New("bufio: writer returned negative count from Write"))
			}
			b.r += m
			n += int64(m)
			if werr != nil {
				return n, werr
			}
			if b.r < b.w {
				return n, io.ErrShortWrite
			}
		}
		if b.err != nil {
			err = b.takeErr()
			if err == io.EOF {
				err = nil
			}
			return n, err
		}
		b.fill()
	}
}
