// Package base64: the base64 encodings of RFC 4648 (standard and URL alphabets, padded or
// raw, strict or lenient), one-shot and streaming. Encoding and decoding of byte runs are native.
package base64

import (
	"io"
	"strconv"
)

// Encoding is an alphabet of 64 symbols, a padding symbol (or NoPadding) and a strictness.
type Encoding struct {
	alphabet string
	pad      rune
	strict   bool
}

const (
	StdPadding rune = '=' // the padding symbol of RFC 4648
	NoPadding  rune = -1  // no padding
)

// NewEncoding gives the padded encoding with the 64-symbol alphabet.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	for i := 0; i < len(encoder); i++ {
		if encoder[i] == '\n' || encoder[i] == '\r' {
			panic("encoding alphabet contains newline character")
		}
	}
	return &Encoding{alphabet: encoder, pad: StdPadding}
}

// WithPadding gives a copy of enc with another padding symbol (or NoPadding).
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	for i := 0; i < len(enc.alphabet); i++ {
		if rune(enc.alphabet[i]) == padding {
			panic("padding contained in alphabet")
		}
	}
	enc.pad = padding
	return &enc
}

// Strict gives a copy of enc that rejects encodings whose unused low bits are not zero.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

const (
	stdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	urlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

var (
	StdEncoding    = NewEncoding(stdAlphabet)           // RFC 4648 section 4
	URLEncoding    = NewEncoding(urlAlphabet)           // RFC 4648 section 5, for URLs and file names
	RawStdEncoding = StdEncoding.WithPadding(NoPadding) // StdEncoding without padding
	RawURLEncoding = URLEncoding.WithPadding(NoPadding) // URLEncoding without padding
)

// EncodedLen is the length of the encoding of n bytes.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.pad == NoPadding {
		return (8*n + 5) / 6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen is the largest number of bytes that n symbols decode to.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.pad == NoPadding {
		return 6 * n / 8
	}
	return n / 4 * 3
}

// Encode writes the encoding of src into dst (EncodedLen(len(src)) bytes).
func (enc *Encoding) Encode(dst, src []byte) {
	if len(src) == 0 {
		return
	}
	_ = dst[:enc.EncodedLen(len(src))] // panics as Go does when dst is short
	encode(enc.alphabet, enc.pad, dst, src)
}

// EncodeToString gives the encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	dst := make([]byte, enc.EncodedLen(len(src)))
	encode(enc.alphabet, enc.pad, dst, src)
	return string(dst)
}

// Decode writes the bytes that src encodes into dst (newlines are skipped) and gives their
// number; on bad input, the number decoded before it and a CorruptInputError.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	n, at := decode(enc.alphabet, enc.pad, enc.strict, dst, src)
	if at >= 0 {
		return n, CorruptInputError(at)
	}
	return n, nil
}

// DecodeString gives the bytes that s encodes (and, on error, those decoded before it).
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	dst := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(dst, []byte(s))
	return dst[:n], err
}

// The natives; decode's at is the offset of the first bad input byte, or -1.
func encode(alphabet string, pad rune, dst, src []byte)
func decode(alphabet string, pad rune, strict bool, dst, src []byte) (n, at int)

// CorruptInputError is the offset of the input byte where decoding failed.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// NewEncoder gives a WriteCloser that writes the encoding of what it is given to w; Close
// writes the last, partial quantum (with its padding).
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

type encoder struct {
	enc  *Encoding
	w    io.Writer
	held []byte // fewer than 3 bytes not encoded yet
	err  error
}

func (e *encoder) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	all := append(e.held, p...)
	whole := len(all) / 3 * 3
	if whole > 0 {
		if _, e.err = io.WriteString(e.w, e.enc.EncodeToString(all[:whole])); e.err != nil {
			return 0, e.err
		}
	}
	e.held = append([]byte(nil), all[whole:]...)
	return len(p), nil
}

func (e *encoder) Close() error {
	if e.err == nil && len(e.held) > 0 {
		_, e.err = io.WriteString(e.w, e.enc.EncodeToString(e.held))
		e.held = nil
	}
	return e.err
}

// NewDecoder gives a Reader of the bytes that the encoding in r holds (newlines skipped).
// Input is decoded in whole quanta; with padding, a partial quantum at the end is
// io.ErrUnexpectedEOF.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: r}
}

type decoder struct {
	enc      *Encoding
	r        io.Reader
	symbols  []byte // read from r (newlines dropped) and not decoded yet
	consumed int    // symbols decoded before these, for error offsets
	out      []byte // decoded and not read yet
	err      error  // what to report once out is read
	readErr  error  // r's error
}

func (d *decoder) Read(p []byte) (int, error) {
	for len(d.out) == 0 && d.err == nil {
		d.fill()
	}
	n := copy(p, d.out)
	d.out = d.out[n:]
	if len(d.out) > 0 {
		return n, nil
	}
	return n, d.err
}

// fill reads more symbols and decodes what can be decoded of them.
func (d *decoder) fill() {
	for len(d.symbols) < 4 && d.readErr == nil {
		buf := make([]byte, 1024)
		n, err := d.r.Read(buf)
		for _, c := range buf[:n] {
			if c != '\n' && c != '\r' {
				d.symbols = append(d.symbols, c)
			}
		}
		d.readErr = err
	}
	take := len(d.symbols) / 4 * 4
	if d.readErr != nil && d.enc.pad == NoPadding {
		take = len(d.symbols) // the end: an unpadded last quantum may be short
	}
	out := make([]byte, d.enc.DecodedLen(take)+3)
	n, err := d.enc.Decode(out, d.symbols[:take])
	d.out = out[:n]
	if e, bad := err.(CorruptInputError); bad {
		d.err = CorruptInputError(int64(d.consumed) + int64(e))
		return
	}
	d.consumed += take
	d.symbols = d.symbols[take:]
	switch {
	case d.readErr == nil:
	case d.readErr == io.EOF && len(d.symbols) > 0:
		d.err = io.ErrUnexpectedEOF
	case len(d.symbols) == 0 || d.readErr != io.EOF:
		d.err = d.readErr
	}
}
