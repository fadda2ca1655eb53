// Package bytes: functions on byte slices, the counterpart of package strings. Written for
// Amigo: the body-less functions are natives (index.ts, over src/lang/native/text) that return
// slices with the lengths, capacities and nil-ness Go's do; what takes a Go func is Go.
package bytes

import "unicode/utf8"

func Clone(b []byte) []byte
func Compare(a, b []byte) int
func Equal(a, b []byte) bool

func Contains(b, subslice []byte) bool
func ContainsAny(b []byte, chars string) bool
func ContainsRune(b []byte, r rune) bool
func Count(s, sep []byte) int
func HasPrefix(s, prefix []byte) bool
func HasSuffix(s, suffix []byte) bool
func Index(s, sep []byte) int
func IndexAny(s []byte, chars string) int
func IndexByte(b []byte, c byte) int
func IndexRune(s []byte, r rune) int
func LastIndex(s, sep []byte) int
func LastIndexAny(s []byte, chars string) int
func LastIndexByte(s []byte, c byte) int
func EqualFold(s, t []byte) bool

func Cut(s, sep []byte) (before, after []byte, found bool)
func CutPrefix(s, prefix []byte) (after []byte, found bool)
func CutSuffix(s, suffix []byte) (before []byte, found bool)
func Fields(s []byte) [][]byte
func Join(s [][]byte, sep []byte) []byte
func Split(s, sep []byte) [][]byte
func SplitAfter(s, sep []byte) [][]byte
func SplitAfterN(s, sep []byte, n int) [][]byte
func SplitN(s, sep []byte, n int) [][]byte

func Replace(s, old, new []byte, n int) []byte
func ReplaceAll(s, old, new []byte) []byte
func Runes(s []byte) []rune
func Title(s []byte) []byte
func ToLower(s []byte) []byte
func ToTitle(s []byte) []byte
func ToUpper(s []byte) []byte
func ToValidUTF8(s, replacement []byte) []byte
func Trim(s []byte, cutset string) []byte
func TrimLeft(s []byte, cutset string) []byte
func TrimPrefix(s, prefix []byte) []byte
func TrimRight(s []byte, cutset string) []byte
func TrimSpace(s []byte) []byte
func TrimSuffix(s, suffix []byte) []byte

// Repeat returns count copies of b; a negative count, or a result too long for an int, panics.
func Repeat(b []byte, count int) []byte {
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if count > 0 && len(b)*count/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	return repeat(b, count)
}

func repeat(b []byte, count int) []byte

// Map returns a new slice of s's runes replaced by mapping's results; a negative result drops
// the rune. Bytes that are not UTF-8 reach mapping as utf8.RuneError.
func Map(mapping func(r rune) rune, s []byte) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRune(s[i:])
		if m := mapping(r); m >= 0 {
			out = utf8.AppendRune(out, m)
		}
		i += width
	}
	return out
}

// FieldsFunc splits s around each run of runes satisfying f; each field is a subslice of s
// whose capacity ends with it.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var fields [][]byte
	start := -1 // start of the current field, or -1 between fields
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRune(s[i:])
		if !f(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			fields = append(fields, s[start:i:i])
			start = -1
		}
		i += width
	}
	if start >= 0 {
		fields = append(fields, s[start:len(s):len(s)])
	}
	exact := make([][]byte, len(fields))
	copy(exact, fields)
	return exact
}

// IndexFunc is the byte index of the first rune satisfying f, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int {
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRune(s[i:])
		if f(r) {
			return i
		}
		i += width
	}
	return -1
}

// LastIndexFunc is the byte index of the last rune satisfying f, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	for end := len(s); end > 0; {
		r, width := utf8.DecodeLastRune(s[:end])
		end -= width
		if f(r) {
			return end
		}
	}
	return -1
}

// ContainsFunc reports whether some rune of b satisfies f.
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// TrimLeftFunc drops the leading runes of s that satisfy f (nil when nothing is left).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	keep := IndexFunc(s, func(r rune) bool { return !f(r) })
	if keep < 0 {
		return nil
	}
	return s[keep:]
}

// TrimRightFunc drops the trailing runes of s that satisfy f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	end := len(s)
	for end > 0 {
		r, width := utf8.DecodeLastRune(s[:end])
		if !f(r) {
			break
		}
		end -= width
	}
	return s[:end]
}

// TrimFunc drops the leading and trailing runes of s that satisfy f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}
