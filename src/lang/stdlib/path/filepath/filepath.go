// Package filepath: the lexical functions of path/filepath for Unix-style paths (Separator '/').
// Services have no file system, so Abs, Glob, Walk and friends are absent.
package filepath

import (
	"errors"
	"path"
	"strings"
)

const (
	Separator     = '/'
	ListSeparator = ':'
)

// ErrBadPattern is the error of a malformed Match pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// SkipDir and SkipAll are the values a walk function returns to skip a directory / the rest.
var SkipDir = errors.New("skip this directory")
var SkipAll = errors.New("skip everything and stop the walk")

func Clean(p string) string             { return path.Clean(p) }
func Split(p string) (dir, file string) { return path.Split(p) }
func Join(elem ...string) string        { return path.Join(elem...) }
func Ext(p string) string               { return path.Ext(p) }
func Base(p string) string              { return path.Base(p) }
func Dir(p string) string               { return path.Dir(p) }
func IsAbs(p string) bool               { return path.IsAbs(p) }
func ToSlash(p string) string           { return p }
func FromSlash(p string) string         { return p }
func VolumeName(p string) string        { return "" }
func IsLocal(p string) bool             { return isLocal(p) }

// Match is path.Match with this package's ErrBadPattern.
func Match(pattern, name string) (bool, error) {
	matched, err := path.Match(pattern, name)
	if err != nil {
		return false, ErrBadPattern
	}
	return matched, nil
}

// SplitList splits a list of paths joined by ListSeparator; an empty list gives an empty slice.
func SplitList(list string) []string {
	if list == "" {
		return []string{}
	}
	return strings.Split(list, string(ListSeparator))
}

// HasPrefix is the deprecated prefix test, kept for old code.
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

// isLocal: not empty, not absolute, and no `..` escaping after cleaning.
func isLocal(p string) bool {
	if p == "" || IsAbs(p) {
		return false
	}
	c := Clean(p)
	return c != ".." && !strings.HasPrefix(c, "../")
}

// Rel gives a path that, joined to basepath, names targpath, by lexical processing alone.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if base == targ {
		return ".", nil
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	be := elements(base)
	te := []string{"."} // a target of "." stays: Rel("a", "") is "../."
	if targ != "." {
		te = elements(targ)
	}
	n := 0
	for n < len(be) && n < len(te) && be[n] == te[n] {
		n++
	}
	var out []string
	for _, e := range be[n:] {
		if e == ".." {
			return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
		}
		out = append(out, "..")
	}
	out = append(out, te[n:]...)
	if len(out) == 0 {
		return ".", nil
	}
	return strings.Join(out, "/"), nil
}

// elements gives the elements of a cleaned path; none for "." and "/".
func elements(p string) []string {
	p = strings.TrimPrefix(p, "/")
	if p == "" || p == "." {
		return nil
	}
	return strings.Split(p, "/")
}
