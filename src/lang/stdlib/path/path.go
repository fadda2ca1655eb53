// Package path: lexical operations on slash-separated paths (no file system). Clean follows the
// rules of Plan 9's "Lexical File Names" as the Go documentation states them.
package path

import "errors"

// ErrBadPattern is the error of a malformed Match pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// Clean gives the shortest path naming the same file, by lexical processing alone: repeated
// slashes become one, `.` elements go, an inner `..` removes the element before it, a `..` right
// after the root goes; the empty result is ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	out := make([]byte, 0, len(path))
	if rooted {
		out = append(out, '/')
	}
	base := len(out) // `..` never removes anything before this point
	i := 0
	for i < len(path) {
		j := i
		for j < len(path) && path[j] != '/' {
			j++
		}
		elem := path[i:j]
		i = j + 1
		switch {
		case elem == "" || elem == ".":
		case elem == "..":
			if len(out) > base {
				k := len(out) - 1
				for k > base && out[k] != '/' {
					k--
				}
				out = out[:k]
			} else if !rooted {
				if len(out) > 0 {
					out = append(out, '/')
				}
				out = append(out, '.', '.')
				base = len(out)
			}
		default:
			if len(out) > 0 && !(rooted && len(out) == 1) {
				out = append(out, '/')
			}
			out = append(out, elem...)
		}
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// Split splits path after its last slash: dir keeps that slash, file is the rest.
func Split(path string) (dir, file string) {
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

func lastSlash(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			return i
		}
	}
	return -1
}

// Join joins the non-empty elements with slashes and cleans the result; "" when all are empty.
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	buf := make([]byte, 0, size+len(elem))
	for _, e := range elem {
		if e == "" {
			continue
		}
		if len(buf) > 0 {
			buf = append(buf, '/')
		}
		buf = append(buf, e...)
	}
	return Clean(string(buf))
}

// Ext gives the suffix of the last element starting at its last dot, or "".
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base gives the last element, trailing slashes removed: "." for "", "/" for only slashes.
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	if path == "" {
		return "/"
	}
	return path[lastSlash(path)+1:]
}

// IsAbs reports whether path starts with a slash.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir gives all but the last element, cleaned.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}
