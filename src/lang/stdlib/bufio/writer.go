package bufio

import (
	"io"
	"unicode/utf8"
)

// Writer buffers an io.Writer: buf[:n] holds the bytes not written to wr yet. After a write
// error every later call gives that error.
type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}

// NewWriterSize gives a Writer with a buffer of size bytes (4096 when size <= 0); w itself when
// it is already a Writer at least that large.
func NewWriterSize(w io.Writer, size int) *Writer {
	if bw, ok := w.(*Writer); ok && len(bw.buf) >= size {
		return bw
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

// NewWriter gives a Writer with the default buffer size.
func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

// Size gives the size of the buffer.
func (b *Writer) Size() int { return len(b.buf) }

// Reset drops the unwritten data and the error and writes to w from now on.
func (b *Writer) Reset(w io.Writer) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.err = nil
	b.n = 0
	b.wr = w
}

// Flush writes the buffered data to the underlying writer.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	m, err := b.wr.Write(b.buf[:b.n])
	if m < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		if m > 0 && m < b.n {
			copy(b.buf, b.buf[m:b.n])
		}
		b.n -= m
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

// Available gives the free bytes of the buffer.
func (b *Writer) Available() int { return len(b.buf) - b.n }

// AvailableBuffer gives an empty slice over the free part of the buffer, to append to.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.n:][:0] }

// Buffered gives the number of bytes written into the buffer and not flushed.
func (b *Writer) Buffered() int { return b.n }

// Write writes p: into the buffer, flushing it when full; a large p with an empty buffer goes
// straight to the underlying writer.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var m int
		if b.n == 0 {
			m, b.err = b.wr.Write(p)
		} else {
			m = copy(b.buf[b.n:], p)
			b.n += m
			b.Flush()
		}
		nn += m
		p = p[m:]
	}
	if b.err != nil {
		return nn, b.err
	}
	m := copy(b.buf[b.n:], p)
	b.n += m
	return nn + m, nil
}

// WriteString writes s like Write; with an empty buffer and an io.StringWriter underneath, a
// long s goes straight to it.
func (b *Writer) WriteString(s string) (int, error) {
	sw, direct := b.wr.(io.StringWriter)
	nn := 0
	for len(s) > b.Available() && b.err == nil {
		var m int
		if direct && b.n == 0 {
			m, b.err = sw.WriteString(s)
		} else {
			m = copy(b.buf[b.n:], s)
			b.n += m
			b.Flush()
		}
		nn += m
		s = s[m:]
	}
	if b.err != nil {
		return nn, b.err
	}
	m := copy(b.buf[b.n:], s)
	b.n += m
	return nn + m, nil
}

// WriteByte writes one byte.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune writes the UTF-8 encoding of r and gives its size.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if uint32(r) < utf8.RuneSelf {
		if err = b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		if b.Available() < utf8.UTFMax {
			return b.WriteString(string(r)) // a buffer smaller than one rune
		}
	}
	size = utf8.EncodeRune(b.buf[b.n:], r)
	b.n += size
	return size, nil
}

// ReadFrom reads r until EOF into the buffer, flushing as it fills; with an empty buffer and an
// io.ReaderFrom underneath, it hands r to it.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	rf, direct := b.wr.(io.ReaderFrom)
	for {
		if direct && b.n == 0 {
			m, err := rf.ReadFrom(r)
			b.err = err
			return n + m, err
		}
		if b.Available() == 0 {
			if err := b.Flush(); err != nil {
				return n, err
			}
		}
		empty := 0
		var m int
		for {
			m, err = r.Read(b.buf[b.n:])
			if m != 0 || err != nil {
				break
			}
			empty++
			if empty >= emptyReadLimit {
				return n, io.ErrNoProgress
			}
		}
		b.n += m
		n += int64(m)
		if err != nil {
			break
		}
	}
	if err == io.EOF {
		if b.Available() == 0 {
			err = b.Flush()
		} else {
			err = nil
		}
	}
	return n, err
}

// ReadWriter is a Reader and a Writer in one value.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter gives a ReadWriter of r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter { return &ReadWriter{r, w} }
