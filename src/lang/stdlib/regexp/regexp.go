// Package regexp: regular expressions with RE2 syntax, matched in linear time (no
// backtracking) with Go's leftmost-first semantics. Written for Amigo from the package's
// documented behaviour; compiling and matching are native (index.ts).
package regexp

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Regexp is a compiled regular expression, safe to reuse.
type Regexp struct {
	expr      string
	prog      int // handle of the compiled program
	numSubexp int
	names     []string
	longest   bool // leftmost-longest matching (Longest)
}

// compile and exec are the natives: compile gives the program handle, the number of groups,
// their names joined by NUL, and Go's error text ("" when none); exec gives the capture
// positions of the first match at or after pos, nil when there is none.
func compile(expr string) (prog int, groups int, names string, err string)
func exec(prog int, s string, pos int, longest bool) []int

// syntaxError is the error of an expression that does not parse.
type syntaxError struct{ msg string }

func (e *syntaxError) Error() string { return e.msg }

// Compile parses expr.
func Compile(expr string) (*Regexp, error) {
	prog, groups, names, msg := compile(expr)
	if msg != "" {
		return nil, &syntaxError{msg}
	}
	return &Regexp{expr: expr, prog: prog, numSubexp: groups, names: strings.Split(names, "\x00")}, nil
}

// MustCompile is Compile that panics on a bad expression.
func MustCompile(expr string) *Regexp {
	re, err := Compile(expr)
	if err != nil {
		panic("regexp: Compile(" + quote(expr) + "): " + err.Error())
	}
	return re
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// MatchString reports whether s holds a match of pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether b holds a match of pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	return MatchString(pattern, string(b))
}

// QuoteMeta escapes the metacharacters of s.
func QuoteMeta(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(`\.+*?()|[]{}^$`, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func (re *Regexp) String() string { return re.expr }

// Longest makes later searches prefer the leftmost-longest match (instead of leftmost-first).
func (re *Regexp) Longest() { re.longest = true }

// NumSubexp gives the number of parenthesized groups.
func (re *Regexp) NumSubexp() int { return re.numSubexp }

// SubexpNames gives the names of the groups, "" for the whole match and unnamed ones.
func (re *Regexp) SubexpNames() []string { return re.names }

// SubexpIndex gives the index of the group of that name, or -1.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, n := range re.names {
			if n == name {
				return i
			}
		}
	}
	return -1
}

func (re *Regexp) MatchString(s string) bool { return exec(re.prog, s, 0, re.longest) != nil }
func (re *Regexp) Match(b []byte) bool       { return exec(re.prog, string(b), 0, re.longest) != nil }

func (re *Regexp) FindString(s string) string {
	m := exec(re.prog, s, 0, re.longest)
	if m == nil {
		return ""
	}
	return s[m[0]:m[1]]
}

func (re *Regexp) Find(b []byte) []byte {
	m := exec(re.prog, string(b), 0, re.longest)
	if m == nil {
		return nil
	}
	return b[m[0]:m[1]:m[1]]
}

func (re *Regexp) FindStringIndex(s string) []int {
	m := exec(re.prog, s, 0, re.longest)
	if m == nil {
		return nil
	}
	return m[0:2]
}

func (re *Regexp) FindIndex(b []byte) []int { return re.FindStringIndex(string(b)) }

func (re *Regexp) FindStringSubmatchIndex(s string) []int { return exec(re.prog, s, 0, re.longest) }
func (re *Regexp) FindSubmatchIndex(b []byte) []int       { return exec(re.prog, string(b), 0, re.longest) }

func (re *Regexp) FindStringSubmatch(s string) []string {
	m := exec(re.prog, s, 0, re.longest)
	if m == nil {
		return nil
	}
	return stringGroups(s, m)
}

func stringGroups(s string, m []int) []string {
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

func byteGroups(b []byte, m []int) [][]byte {
	out := make([][]byte, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = b[m[2*i]:m[2*i+1]:m[2*i+1]]
		}
	}
	return out
}

func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	m := exec(re.prog, string(b), 0, re.longest)
	if m == nil {
		return nil
	}
	return byteGroups(b, m)
}

// all calls deliver with each successive match (at most n when n >= 0): after a match, the
// search goes on at its end, and an empty match right after the previous match is skipped.
func (re *Regexp) all(s string, n int, deliver func(m []int)) {
	if n < 0 {
		n = len(s) + 1
	}
	prevEnd := -1
	for pos, count := 0, 0; count < n && pos <= len(s); {
		m := exec(re.prog, s, pos, re.longest)
		if m == nil {
			break
		}
		accept := true
		if m[1] == pos {
			if m[0] == prevEnd {
				accept = false
			}
			if pos < len(s) {
				_, width := utf8.DecodeRuneInString(s[pos:])
				pos += width
			} else {
				pos++
			}
		} else {
			pos = m[1]
		}
		prevEnd = m[1]
		if accept {
			deliver(m)
			count++
		}
	}
}

func (re *Regexp) FindAllString(s string, n int) []string {
	var out []string
	re.all(s, n, func(m []int) { out = append(out, s[m[0]:m[1]]) })
	return out
}

func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var out [][]byte
	re.all(string(b), n, func(m []int) { out = append(out, b[m[0]:m[1]:m[1]]) })
	return out
}

func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	re.all(s, n, func(m []int) { out = append(out, m[0:2]) })
	return out
}

func (re *Regexp) FindAllIndex(b []byte, n int) [][]int { return re.FindAllStringIndex(string(b), n) }

func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var out [][]string
	re.all(s, n, func(m []int) { out = append(out, stringGroups(s, m)) })
	return out
}

func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var out [][][]byte
	re.all(string(b), n, func(m []int) { out = append(out, byteGroups(b, m)) })
	return out
}

func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var out [][]int
	re.all(s, n, func(m []int) { out = append(out, m) })
	return out
}

func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return re.FindAllStringSubmatchIndex(string(b), n)
}

// Split cuts s around the matches (at most n pieces when n > 0; none when n == 0).
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	out := make([]string, 0, len(matches))
	begin, end := 0, 0
	for _, m := range matches {
		if n > 0 && len(out) == n-1 {
			break
		}
		end = m[0]
		if m[1] != 0 {
			out = append(out, s[begin:end])
		}
		begin = m[1]
	}
	if end != len(s) {
		out = append(out, s[begin:])
	}
	return out
}
