package strings

import (
	"iter"
	"unicode/utf8"
)

// The iterator forms of Split, SplitAfter, Fields and FieldsFunc (Go 1.24), and Lines. They
// yield substrings of s, in order, and stop as soon as the loop body breaks.

// Lines iterates over the lines of s, each with its "\n" (the last one may lack it); an empty s
// has no lines.
func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for s != "" {
			end := IndexByte(s, '\n') + 1
			if end == 0 {
				end = len(s)
			}
			if !yield(s[:end]) {
				return
			}
			s = s[end:]
		}
	}
}

// SplitSeq iterates over the substrings of s between the separators, as Split gives them.
func SplitSeq(s, sep string) iter.Seq[string] { return splitSeq(s, sep, 0) }

// SplitAfterSeq iterates over the substrings of s after each separator, as SplitAfter gives them.
func SplitAfterSeq(s, sep string) iter.Seq[string] { return splitSeq(s, sep, len(sep)) }

// splitSeq yields the pieces of s cut at each sep, keeping `keep` bytes of the separator; an
// empty sep cuts after each UTF-8 sequence.
func splitSeq(s, sep string, keep int) iter.Seq[string] {
	return func(yield func(string) bool) {
		if sep == "" {
			for s != "" {
				_, size := utf8.DecodeRuneInString(s)
				if !yield(s[:size]) {
					return
				}
				s = s[size:]
			}
			return
		}
		for {
			i := Index(s, sep)
			if i < 0 {
				break
			}
			if !yield(s[:i+keep]) {
				return
			}
			s = s[i+len(sep):]
		}
		yield(s)
	}
}

// FieldsSeq iterates over the runs of non-space characters of s, as Fields gives them.
func FieldsSeq(s string) iter.Seq[string] { return FieldsFuncSeq(s, isSpaceRune) }

// FieldsFuncSeq iterates over the runs of characters of s not satisfying f.
func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if f(r) {
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// isSpaceRune is unicode.IsSpace.
func isSpaceRune(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}
