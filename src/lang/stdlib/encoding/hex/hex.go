// Package hex: hexadecimal encoding (two lower-case digits per byte; upper-case digits decode
// too), streaming encoders and decoders, and the `hexdump -C` style dump.
// Encoding and decoding of byte runs are native.
package hex

import (
	"errors"
	"io"
	"strings"
)

// ErrLength is the error of an odd number of hex digits.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError is the error of a byte that is not a hex digit.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return "encoding/hex: invalid byte: " + quoteByteU(byte(e))
}

// quoteByteU is fmt's %#U of the byte (U+0067 'g'), without importing fmt.
func quoteByteU(b byte) string

// EncodedLen is the length of the encoding of n bytes.
func EncodedLen(n int) int { return 2 * n }

// DecodedLen is the length of the decoding of x hex digits.
func DecodedLen(x int) int { return x / 2 }

// Encode writes the hex digits of src into dst (EncodedLen(len(src)) bytes) and gives their number.
func Encode(dst, src []byte) int {
	n := EncodedLen(len(src))
	_ = dst[:n] // panics as Go does when dst is short
	encode(dst, src)
	return n
}

// EncodeToString gives the hex digits of src.
func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	encode(dst, src)
	return string(dst)
}

// Decode writes the bytes of the hex digits in src into dst and gives their number; on bad
// input, the number decoded before it and an InvalidByteError or ErrLength.
func Decode(dst, src []byte) (int, error) {
	_ = dst[:DecodedLen(len(src))] // panics as Go does when dst is short
	n, bad := decode(dst, src)
	return n, decodeError(bad)
}

// DecodeString gives the bytes of the hex digits in s (and, on error, those decoded before it).
func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, bad := decode(src, src) // decoding in place: each byte lands behind the digits it came from
	return src[:n], decodeError(bad)
}

// decode and encode are the natives; decode's bad is -1 (no error), -2 (odd length) or the bad byte.
func decode(dst, src []byte) (n, bad int)
func encode(dst, src []byte)

func decodeError(bad int) error {
	switch bad {
	case -1:
		return nil
	case -2:
		return ErrLength
	}
	return InvalidByteError(bad)
}

// NewEncoder gives a Writer that writes the hex digits of what it is given to w.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w: w} }

type encoder struct {
	w   io.Writer
	out []byte
}

func (e *encoder) Write(p []byte) (int, error) {
	const chunk = 512 // bytes encoded per write to w
	done := 0
	for done < len(p) {
		part := p[done:min(done+chunk, len(p))]
		e.out = append(e.out[:0], make([]byte, EncodedLen(len(part)))...)
		encode(e.out, part)
		written, err := e.w.Write(e.out)
		done += written / 2
		if err != nil {
			return done, err
		}
	}
	return done, nil
}

// NewDecoder gives a Reader of the bytes of the hex digits that r holds.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

type decoder struct {
	r       io.Reader
	pending []byte // digits read from r and not decoded yet
	err     error  // r's error, reported once pending is used up
}

func (d *decoder) Read(p []byte) (int, error) {
	for len(d.pending) < 2 && d.err == nil {
		buf := make([]byte, 1024)
		n, err := d.r.Read(buf)
		d.pending = append(d.pending, buf[:n]...)
		d.err = err
	}
	if len(d.pending) < 2 {
		if d.err == io.EOF && len(d.pending) == 1 {
			if _, bad := decode(make([]byte, 0), d.pending); bad >= 0 {
				return 0, InvalidByteError(bad)
			}
			return 0, io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	digits := d.pending[:min(len(d.pending)&^1, 2*len(p))]
	n, bad := decode(p, digits)
	d.pending = d.pending[2*n:]
	if bad >= 0 {
		return n, InvalidByteError(bad)
	}
	return n, nil
}

// Dump gives the dump of data as `hexdump -C` prints it.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var b strings.Builder
	d := Dumper(&b)
	d.Write(data)
	d.Close()
	return b.String()
}

// Dumper gives a WriteCloser that writes a `hexdump -C` dump of what it is given to w; Close
// writes the last, partial line.
func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

type dumper struct {
	w      io.Writer
	offset uint32 // of the first byte of line
	line   []byte // at most 16 bytes not dumped yet
	closed bool
}

func (d *dumper) Write(p []byte) (int, error) {
	if d.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for i := range p {
		d.line = append(d.line, p[i])
		if len(d.line) == 16 {
			if _, err := io.WriteString(d.w, d.render()); err != nil {
				return i, err
			}
			d.offset += 16
			d.line = d.line[:0]
		}
	}
	return len(p), nil
}

func (d *dumper) Close() error {
	if d.closed {
		return nil
	}
	d.closed = true
	if len(d.line) == 0 {
		return nil
	}
	_, err := io.WriteString(d.w, d.render())
	return err
}

// render formats one line: offset, 16 byte columns (a gap after the eighth), the bytes as text.
func (d *dumper) render() string {
	var b strings.Builder
	b.WriteString(EncodeToString([]byte{byte(d.offset >> 24), byte(d.offset >> 16), byte(d.offset >> 8), byte(d.offset)}))
	b.WriteString("  ")
	for i := 0; i < 16; i++ {
		if i < len(d.line) {
			b.WriteString(EncodeToString(d.line[i : i+1]))
			b.WriteByte(' ')
		} else {
			b.WriteString("   ")
		}
		if i == 7 {
			b.WriteByte(' ')
		}
	}
	b.WriteString(" |")
	for _, c := range d.line {
		if c < 32 || c > 126 {
			c = '.'
		}
		b.WriteByte(c)
	}
	b.WriteString("|\n")
	return b.String()
}
