// Package io: the reader and writer interfaces and the helpers built on them (copying, reading
// in full, limited, sectioned, teed and concatenated streams). Written for Amigo from the
// package's documented behaviour; the unexported type names are Go's, since %T shows them.
package io

import "errors"

// Whence values for Seek.
const (
	SeekStart   = 0 // from the start of the stream
	SeekCurrent = 1 // from the current offset
	SeekEnd     = 2 // from the end of the stream
)

var (
	// EOF is the error Read returns when there is no more input: a graceful end.
	EOF = errors.New("EOF")
	// ErrUnexpectedEOF means the input ended inside a fixed-size block or structure.
	ErrUnexpectedEOF = errors.New("unexpected EOF")
	// ErrShortWrite means a write accepted fewer bytes than asked, without an error.
	ErrShortWrite = errors.New("short write")
	// ErrShortBuffer means a read needed a longer buffer than it was given.
	ErrShortBuffer = errors.New("short buffer")
	// ErrNoProgress means a Reader keeps returning neither data nor an error.
	ErrNoProgress = errors.New("multiple Read calls return no data or error")

	errInvalidWrite = errors.New("invalid write result")
)

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Closer interface {
	Close() error
}

type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

type ReadSeeker interface {
	Reader
	Seeker
}

type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

type WriteSeeker interface {
	Writer
	Seeker
}

type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w, through w's own WriteString when it has one.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads into buf until it holds at least min bytes. Fewer bytes than min end with
// EOF when none were read and ErrUnexpectedEOF otherwise; a buf shorter than min is ErrShortBuffer.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	for n < min && err == nil {
		var got int
		got, err = r.Read(buf[n:])
		n += got
	}
	switch {
	case n >= min:
		err = nil
	case n > 0 && err == EOF:
		err = ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull reads exactly len(buf) bytes into buf (see ReadAtLeast for the errors).
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// CopyN copies n bytes (or up to an error) from src to dst; fewer than n bytes without an
// error from src end with EOF.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		err = EOF
	}
	return written, err
}

// Copy copies src to dst until EOF (which is not an error) or an error: through src.WriteTo,
// else dst.ReadFrom, else with a buffer of its own.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyThrough(dst, src, nil)
}

// CopyBuffer is Copy staging the bytes in buf (when neither WriteTo nor ReadFrom is used).
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyThrough(dst, src, buf)
}

// copyBufferSize is the staging buffer Copy allocates: 32 KiB, or less for a short LimitedReader.
const copyBufferSize = 32 * 1024

func copyThrough(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		size := copyBufferSize
		if lr, ok := src.(*LimitedReader); ok && int64(size) > lr.N {
			size = 1
			if lr.N > 1 {
				size = int(lr.N)
			}
		}
		buf = make([]byte, size)
	}
	for {
		nr, rerr := src.Read(buf)
		if nr > 0 {
			nw, werr := dst.Write(buf[:nr])
			if nw < 0 || nw > nr {
				nw = 0
				if werr == nil {
					werr = errInvalidWrite
				}
			}
			written += int64(nw)
			if werr != nil {
				return written, werr
			}
			if nw != nr {
				return written, ErrShortWrite
			}
		}
		if rerr != nil {
			if rerr == EOF {
				return written, nil
			}
			return written, rerr
		}
	}
}

// LimitReader returns a Reader of at most n bytes of r.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{R: r, N: n} }

// A LimitedReader reads from R while N, the bytes it may still return, is positive.
type LimitedReader struct {
	R Reader
	N int64
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return n, err
}

// NewSectionReader returns a reader of the n bytes of r that start at offset off.
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	return &SectionReader{r: r, base: off, off: off, limit: off + n}
}

// A SectionReader reads the bytes [base, limit) of a ReaderAt; off is its position.
type SectionReader struct {
	r     ReaderAt
	base  int64
	off   int64
	limit int64
}

func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.off >= s.limit {
		return 0, EOF
	}
	if left := s.limit - s.off; int64(len(p)) > left {
		p = p[:left]
	}
	n, err = s.r.ReadAt(p, s.off)
	s.off += int64(n)
	return n, err
}

var (
	errWhence = errors.New("Seek: invalid whence")
	errOffset = errors.New("Seek: invalid offset")
)

func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case SeekStart:
		offset += s.base
	case SeekCurrent:
		offset += s.off
	case SeekEnd:
		offset += s.limit
	default:
		return 0, errWhence
	}
	if offset < s.base {
		return 0, errOffset
	}
	s.off = offset
	return offset - s.base, nil
}

func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 || off >= s.Size() {
		return 0, EOF
	}
	off += s.base
	if left := s.limit - off; int64(len(p)) > left {
		n, err = s.r.ReadAt(p[:left], off)
		if err == nil {
			err = EOF
		}
		return n, err
	}
	return s.r.ReadAt(p, off)
}

// Size is the length of the section in bytes.
func (s *SectionReader) Size() int64 { return s.limit - s.base }

// TeeReader returns a Reader that writes to w every byte it reads from r; a failed write is
// the read's error.
func TeeReader(r Reader, w Writer) Reader { return &teeReader{r: r, w: w} }

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n > 0 {
		if wn, werr := t.w.Write(p[:n]); werr != nil {
			return wn, werr
		}
	}
	return n, err
}

// Discard is a Writer on which every write succeeds and does nothing.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }

func (discard) ReadFrom(r Reader) (n int64, err error) {
	buf := make([]byte, 8192)
	for {
		got, rerr := r.Read(buf)
		n += int64(got)
		if rerr != nil {
			if rerr == EOF {
				return n, nil
			}
			return n, rerr
		}
	}
}

// NopCloser returns r with a Close method that does nothing (and r's WriteTo, when it has one).
func NopCloser(r Reader) ReadCloser {
	if _, ok := r.(WriterTo); ok {
		return nopCloserWriterTo{r}
	}
	return nopCloser{r}
}

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error { return nil }

type nopCloserWriterTo struct {
	Reader
}

func (nopCloserWriterTo) Close() error { return nil }

func (c nopCloserWriterTo) WriteTo(w Writer) (n int64, err error) {
	return c.Reader.(WriterTo).WriteTo(w)
}

// ReadAll reads r to EOF (not an error) or an error and returns what it read. The buffer starts
// at 512 bytes and grows as append grows a slice.
func ReadAll(r Reader) ([]byte, error) {
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		got, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+got]
		if err != nil {
			if err == EOF {
				err = nil
			}
			return data, err
		}
	}
}
