package regexp

import "unicode/utf8"

// replace builds src with each match replaced by what add appends for it; a match of the empty
// string right after another match is not replaced.
func (re *Regexp) replace(src string, add func(dst []byte, m []int) []byte) []byte {
	var out []byte
	lastEnd := 0
	for pos := 0; pos <= len(src); {
		m := exec(re.prog, src, pos, re.longest)
		if m == nil {
			break
		}
		out = append(out, src[lastEnd:m[0]]...)
		if m[1] > lastEnd || m[0] == 0 {
			out = add(out, m)
		}
		lastEnd = m[1]
		width := 1
		if pos < len(src) {
			_, width = utf8.DecodeRuneInString(src[pos:])
		}
		switch {
		case pos+width > m[1]:
			pos += width
		case pos+1 > m[1]:
			pos++
		default:
			pos = m[1]
		}
	}
	return append(out, src[lastEnd:]...)
}

func (re *Regexp) ReplaceAllString(src, repl string) string {
	return string(re.replace(src, func(dst []byte, m []int) []byte { return re.expand(dst, repl, src, m) }))
}

func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replace(src, func(dst []byte, m []int) []byte { return append(dst, repl...) }))
}

func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replace(src, func(dst []byte, m []int) []byte { return append(dst, repl(src[m[0]:m[1]])...) }))
}

func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	s := string(src)
	t := string(repl)
	return re.replace(s, func(dst []byte, m []int) []byte { return re.expand(dst, t, s, m) })
}

func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replace(string(src), func(dst []byte, m []int) []byte { return append(dst, repl...) })
}

func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replace(string(src), func(dst []byte, m []int) []byte { return append(dst, repl(src[m[0]:m[1]:m[1]])...) })
}

// Expand appends template to dst with $1, ${1}, $name and ${name} replaced by the groups of
// match in src ($$ is a '$').
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

func isNameByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func (re *Regexp) expand(dst []byte, template string, src string, match []int) []byte {
	for {
		i := 0
		for i < len(template) && template[i] != '$' {
			i++
		}
		dst = append(dst, template[:i]...)
		if i == len(template) {
			return dst
		}
		template = template[i+1:]
		if template != "" && template[0] == '$' {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, rest, ok := groupName(template)
		if !ok {
			dst = append(dst, '$') // not a reference: the '$' stays
			continue
		}
		template = rest
		group := groupNumber(name)
		if group < 0 {
			group = re.SubexpIndex(name)
		}
		if group >= 0 && 2*group+1 < len(match) && match[2*group] >= 0 {
			dst = append(dst, src[match[2*group]:match[2*group+1]]...)
		}
	}
}

// groupName reads `name` or `{name}` at the start of t.
func groupName(t string) (name, rest string, ok bool) {
	braced := t != "" && t[0] == '{'
	if braced {
		t = t[1:]
	}
	i := 0
	for i < len(t) && isNameByte(t[i]) {
		i++
	}
	if i == 0 {
		return "", "", false
	}
	name = t[:i]
	if braced {
		if i >= len(t) || t[i] != '}' {
			return "", "", false
		}
		i++
	}
	return name, t[i:], true
}

// groupNumber: the group index a name of digits stands for (no leading zero), or -1.
func groupNumber(name string) int {
	if len(name) > 1 && name[0] == '0' {
		return -1
	}
	n := 0
	for i := 0; i < len(name); i++ {
		if name[i] < '0' || name[i] > '9' || n >= 1e8 {
			return -1
		}
		n = n*10 + int(name[i]-'0')
	}
	return n
}
