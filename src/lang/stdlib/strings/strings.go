// Package strings: functions on UTF-8 encoded strings. Written for Amigo: the body-less
// functions are natives (index.ts, over src/lang/native/text); what takes a Go func is Go.
package strings

import "unicode/utf8"

func Clone(s string) string
func Compare(a, b string) int

func Contains(s, substr string) bool
func ContainsAny(s, chars string) bool
func ContainsRune(s string, r rune) bool
func Count(s, substr string) int
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func IndexAny(s, chars string) int
func IndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func LastIndex(s, substr string) int
func LastIndexAny(s, chars string) int
func LastIndexByte(s string, c byte) int
func EqualFold(s, t string) bool

func Cut(s, sep string) (before, after string, found bool)
func CutPrefix(s, prefix string) (after string, found bool)
func CutSuffix(s, suffix string) (before string, found bool)
func Fields(s string) []string
func Join(elems []string, sep string) string
func Split(s, sep string) []string
func SplitAfter(s, sep string) []string
func SplitAfterN(s, sep string, n int) []string
func SplitN(s, sep string, n int) []string

func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func Title(s string) string
func ToLower(s string) string
func ToTitle(s string) string
func ToUpper(s string) string
func ToValidUTF8(s, replacement string) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimPrefix(s, prefix string) string
func TrimRight(s, cutset string) string
func TrimSpace(s string) string
func TrimSuffix(s, suffix string) string

// Repeat returns count copies of s; a negative count, or a result too long for an int, panics.
func Repeat(s string, count int) string {
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if count > 0 && len(s)*count/count != len(s) {
		panic("strings: Repeat count causes overflow")
	}
	return repeat(s, count)
}

func repeat(s string, count int) string

// Map returns s with every rune replaced by mapping's result; a negative result drops the rune.
// Bytes that are not UTF-8 reach mapping as utf8.RuneError and are written as its encoding.
func Map(mapping func(rune) rune, s string) string {
	out := ""
	for _, r := range s {
		if m := mapping(r); m >= 0 {
			out += string(m)
		}
	}
	return out
}

// FieldsFunc splits s around each run of runes satisfying f, dropping empty fields.
func FieldsFunc(s string, f func(rune) bool) []string {
	var fields []string
	start := -1 // start of the current field, or -1 between fields
	for i, r := range s {
		if !f(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			fields = append(fields, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		fields = append(fields, s[start:])
	}
	exact := make([]string, len(fields))
	copy(exact, fields)
	return exact
}

// IndexFunc is the byte index of the first rune satisfying f, or -1.
func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

// LastIndexFunc is the byte index of the last rune satisfying f, or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	for end := len(s); end > 0; {
		r, width := utf8.DecodeLastRuneInString(s[:end])
		end -= width
		if f(r) {
			return end
		}
	}
	return -1
}

// ContainsFunc reports whether some rune of s satisfies f.
func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

// TrimLeftFunc drops the leading runes of s that satisfy f.
func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

// TrimRightFunc drops the trailing runes of s that satisfy f.
func TrimRightFunc(s string, f func(rune) bool) string {
	end := len(s)
	for end > 0 {
		r, width := utf8.DecodeLastRuneInString(s[:end])
		if !f(r) {
			break
		}
		end -= width
	}
	return s[:end]
}

// TrimFunc drops the leading and trailing runes of s that satisfy f.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}
