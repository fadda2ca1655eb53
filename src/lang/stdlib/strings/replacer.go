package strings

import "io"

// A Replacer replaces old strings with new ones in one pass (see Replace).
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a Replacer of the given old, new pairs; an odd count panics.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	pairs := make([]string, len(oldnew))
	copy(pairs, oldnew)
	return &Replacer{oldnew: pairs}
}

// Replace returns s with the replacements made in the order the old strings appear in s,
// without overlaps; where several old strings start at the same place, the first pair given wins.
func (r *Replacer) Replace(s string) string { return replacePairs(r.oldnew, s) }

// WriteString writes s with the replacements made to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}

func replacePairs(oldnew []string, s string) string
