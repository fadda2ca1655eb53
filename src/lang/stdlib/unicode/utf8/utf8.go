// Package utf8: UTF-8 encoding and decoding of runes. The decoders and counters are natives
// (src/lang/native/utf8); what is left here is small enough to stay in Go.
package utf8

const (
	RuneError = '\uFFFD'     // what decoding yields for a byte sequence that is not UTF-8
	RuneSelf  = 0x80         // runes below RuneSelf are one byte, themselves
	MaxRune   = '\U0010FFFF' // the largest Unicode code point
	UTFMax    = 4            // the longest encoding of a rune, in bytes
)

func FullRune(p []byte) bool
func FullRuneInString(s string) bool
func DecodeRune(p []byte) (r rune, size int)
func DecodeRuneInString(s string) (r rune, size int)
func DecodeLastRune(p []byte) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func RuneLen(r rune) int
func RuneCount(p []byte) int
func RuneCountInString(s string) (n int)
func Valid(p []byte) bool
func ValidString(s string) bool

// RuneStart reports whether b can begin an encoded rune: every byte but a continuation byte
// (10xxxxxx) can.
func RuneStart(b byte) bool { return b>>6 != 2 }

// ValidRune reports whether r is a Unicode scalar value: in range and not a surrogate half.
func ValidRune(r rune) bool {
	if r < 0 || r > MaxRune {
		return false
	}
	return r < 0xD800 || r > 0xDFFF
}

// EncodeRune writes r's encoding (RuneError's for an invalid rune) at the start of p and
// returns its length; a p too short for it panics with an index out of range, as in Go.
func EncodeRune(p []byte, r rune) int {
	enc := encode(r)
	_ = p[len(enc)-1]
	return copy(p, enc)
}

// AppendRune appends r's encoding to p.
func AppendRune(p []byte, r rune) []byte { return append(p, encode(r)...) }

// encode is string(r): the encoding of r, or of RuneError when r is not valid.
func encode(r rune) string
