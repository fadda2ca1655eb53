// Package utf8: Go's unicode/utf8, native (src/lang/native/utf8).
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
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
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }
func Valid(p []byte) bool
func ValidString(s string) bool
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < 0xD800:
		return true
	case 0xDFFF < r && r <= MaxRune:
		return true
	}
	return false
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of the rune.
func EncodeRune(p []byte, r rune) int {
	s := string(encode(r))
	_ = p[len(s)-1] // panics like Go when p is too short
	return copy(p, s)
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the extended buffer.
func AppendRune(p []byte, r rune) []byte {
	return append(p, encode(r)...)
}

func encode(r rune) string
