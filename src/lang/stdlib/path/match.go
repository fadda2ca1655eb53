package path

import "unicode/utf8"

// Match reports whether name matches the shell pattern: `*` is any run of non-slash bytes, `?`
// one non-slash character, `[...]` / `[^...]` a character class (which may match a slash) of characters and ranges `a-z`,
// `\c` the character c. The only error is ErrBadPattern, for a malformed pattern; it is reported
// even when the match fails before the malformed part.
func Match(pattern, name string) (bool, error) {
	matched, err := matchFrom(pattern, name)
	if err != nil {
		return false, err
	}
	if !matched {
		// Go reports a malformed pattern even when the match failed early
		if !validPattern(pattern) {
			return false, ErrBadPattern
		}
	}
	return matched, nil
}

// matchFrom matches the whole of name against the whole of pattern; a `*` tries every split
// point, which is enough since a pattern element never matches a slash.
func matchFrom(pattern, name string) (bool, error) {
	for len(pattern) > 0 {
		if pattern[0] == '*' {
			for len(pattern) > 0 && pattern[0] == '*' {
				pattern = pattern[1:]
			}
			if pattern == "" {
				return lastSlash(name) < 0, nil
			}
			for i := 0; i <= len(name); i++ {
				ok, err := matchFrom(pattern, name[i:])
				if err != nil {
					return false, err
				}
				if ok {
					return true, nil
				}
				if i < len(name) && name[i] == '/' {
					break
				}
			}
			return false, nil
		}
		n, rest, err := matchOne(pattern, name)
		if err != nil {
			return false, err
		}
		if n < 0 {
			return false, nil
		}
		pattern = rest
		name = name[n:]
	}
	return name == "", nil
}

// matchOne matches the pattern element at the start of pattern against the start of name: the
// number of bytes of name it took (-1: no match) and the pattern after the element.
func matchOne(pattern, name string) (int, string, error) {
	switch pattern[0] {
	case '?':
		if name == "" || name[0] == '/' {
			return -1, "", nil
		}
		_, size := utf8.DecodeRuneInString(name)
		return size, pattern[1:], nil
	case '[':
		return matchClass(pattern[1:], name)
	case '\\':
		if len(pattern) < 2 {
			return 0, "", ErrBadPattern
		}
		if name == "" || name[0] != pattern[1] {
			return -1, "", nil
		}
		return 1, pattern[2:], nil
	}
	if name == "" || name[0] != pattern[0] {
		return -1, "", nil
	}
	return 1, pattern[1:], nil
}

// matchClass matches a class whose `[` is already consumed.
func matchClass(p, name string) (int, string, error) {
	negated := false
	if len(p) > 0 && p[0] == '^' {
		negated = true
		p = p[1:]
	}
	var c rune = -1
	size := 0
	if name != "" {
		c, size = utf8.DecodeRuneInString(name)
	}
	matched := false
	first := true
	for {
		if len(p) > 0 && p[0] == ']' && !first {
			p = p[1:]
			break
		}
		first = false
		lo, rest, err := classChar(p)
		if err != nil {
			return 0, "", err
		}
		hi := lo
		p = rest
		if len(p) > 0 && p[0] == '-' {
			hi, rest, err = classChar(p[1:])
			if err != nil {
				return 0, "", err
			}
			p = rest
		}
		if lo <= c && c <= hi {
			matched = true
		}
	}
	if name == "" || matched == negated {
		return -1, p, nil
	}
	return size, p, nil
}

// classChar reads one character of a class: a plain character or `\c`.
func classChar(p string) (rune, string, error) {
	if p == "" || p[0] == '-' || p[0] == ']' {
		return 0, "", ErrBadPattern
	}
	if p[0] == '\\' {
		p = p[1:]
		if p == "" {
			return 0, "", ErrBadPattern
		}
	}
	r, size := utf8.DecodeRuneInString(p)
	return r, p[size:], nil
}

// validPattern reports whether every element of pattern is well formed.
func validPattern(p string) bool {
	for len(p) > 0 {
		switch p[0] {
		case '*':
			p = p[1:]
		case '[':
			_, rest, err := matchClass(p[1:], "")
			if err != nil {
				return false
			}
			p = rest
		case '\\':
			if len(p) < 2 {
				return false
			}
			p = p[2:]
		default:
			p = p[1:]
		}
	}
	return true
}
