package bytes

import (
	"iter"
	"unicode/utf8"
)

// The iterator forms of Split, SplitAfter, Fields and FieldsFunc (Go 1.24), and Lines. They
// yield subslices of s whose capacity ends with them (appending to one cannot overwrite s), in
// order, and stop as soon as the loop body breaks.

// Lines iterates over the lines of s, each with its "\n" (the last one may lack it); an empty s
// has no lines.
func Lines(s []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for len(s) > 0 {
			end := IndexByte(s, '\n') + 1
			if end == 0 {
				end = len(s)
			}
			if !yield(s[:end:end]) {
				return
			}
			s = s[end:]
		}
	}
}

// SplitSeq iterates over the subslices of s between the separators, as Split gives them.
func SplitSeq(s, sep []byte) iter.Seq[[]byte] { return splitSeq(s, sep, 0) }

// SplitAfterSeq iterates over the subslices of s after each separator, as SplitAfter gives them.
func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte] { return splitSeq(s, sep, len(sep)) }

func splitSeq(s, sep []byte, keep int) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		if len(sep) == 0 {
			for len(s) > 0 {
				_, size := utf8.DecodeRune(s)
				if !yield(s[:size:size]) {
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
			if !yield(s[: i+keep : i+keep]) {
				return
			}
			s = s[i+len(sep):]
		}
		yield(s[:len(s):len(s)])
	}
}

// FieldsSeq iterates over the runs of non-space characters of s, as Fields gives them.
func FieldsSeq(s []byte) iter.Seq[[]byte] { return FieldsFuncSeq(s, isSpaceRune) }

// FieldsFuncSeq iterates over the runs of characters of s not satisfying f.
func FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		start := -1
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRune(s[i:])
			if f(r) {
				if start >= 0 {
					if !yield(s[start:i:i]) {
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
			yield(s[start:len(s):len(s)])
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
