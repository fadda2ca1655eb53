package url

import "strconv"

// The contexts a byte is escaped or unescaped in (RFC 3986 reserves other bytes in each).
const (
	inPath = iota + 1
	inPathSegment
	inHost
	inZone
	inUserPassword
	inQueryComponent
	inFragment
)

// EscapeError is the error of a bad %-escape.
type EscapeError string

func (e EscapeError) Error() string { return "invalid URL escape " + strconv.Quote(string(e)) }

// InvalidHostError is the error of a byte that a host name may not hold.
type InvalidHostError string

func (e InvalidHostError) Error() string {
	return "invalid character " + strconv.Quote(string(e)) + " in host name"
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func hexValue(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// needsEscape reports whether c must be %-escaped in the context.
func needsEscape(c byte, context int) bool {
	if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
		return false
	}
	if context == inHost || context == inZone {
		// sub-delims, ':' and the brackets of IP literals, and the bytes Go keeps for hosts
		switch c {
		case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '[', ']', '<', '>', '"':
			return false
		}
	}
	switch c {
	case '-', '_', '.', '~':
		return false
	case '$', '&', '+', ',', '/', ':', ';', '=', '?', '@':
		switch context {
		case inPathSegment:
			return c == '/' || c == ';' || c == ',' || c == '?'
		case inPath:
			return c == '?'
		case inUserPassword:
			return c == '@' || c == '/' || c == '?' || c == ':'
		case inQueryComponent:
			return true
		case inFragment:
			return false
		}
	}
	if context == inFragment {
		switch c {
		case '!', '(', ')', '*':
			return false
		}
	}
	return true
}

const upperHex = "0123456789ABCDEF"

// escape %-escapes the bytes of s that the context reserves (a space is '+' in a query component).
func escape(s string, context int) string {
	count := 0
	for i := 0; i < len(s); i++ {
		if needsEscape(s[i], context) {
			count++
		}
	}
	if count == 0 {
		return s
	}
	out := make([]byte, 0, len(s)+2*count)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' && context == inQueryComponent:
			out = append(out, '+')
		case needsEscape(c, context):
			out = append(out, '%', upperHex[c>>4], upperHex[c&15])
		default:
			out = append(out, c)
		}
	}
	return string(out)
}

// unescape decodes %-escapes (and '+' as a space in a query component), checking them first.
func unescape(s string, context int) (string, error) {
	escapes := 0
	plus := false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '%':
			escapes++
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				bad := s[i:]
				if len(bad) > 3 {
					bad = bad[:3]
				}
				return "", EscapeError(bad)
			}
			// a host may %-escape only non-ASCII bytes (and the zone's "%25")
			if context == inHost && hexValue(s[i+1]) < 8 && s[i:i+3] != "%25" {
				return "", EscapeError(s[i : i+3])
			}
			if context == inZone {
				v := hexValue(s[i+1])<<4 | hexValue(s[i+2])
				if s[i:i+3] != "%25" && v != ' ' && needsEscape(v, inHost) {
					return "", EscapeError(s[i : i+3])
				}
			}
			i += 3
		case c == '+':
			plus = context == inQueryComponent
			i++
		default:
			if (context == inHost || context == inZone) && c < 0x80 && needsEscape(c, context) {
				return "", InvalidHostError(s[i : i+1])
			}
			i++
		}
	}
	if escapes == 0 && !plus {
		return s, nil
	}
	out := make([]byte, 0, len(s)-2*escapes)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '%':
			out = append(out, hexValue(s[i+1])<<4|hexValue(s[i+2]))
			i += 2
		case '+':
			if context == inQueryComponent {
				out = append(out, ' ')
			} else {
				out = append(out, '+')
			}
		default:
			out = append(out, s[i])
		}
	}
	return string(out), nil
}

// QueryEscape escapes s for a query component (a space becomes '+').
func QueryEscape(s string) string { return escape(s, inQueryComponent) }

// QueryUnescape decodes a query component.
func QueryUnescape(s string) (string, error) { return unescape(s, inQueryComponent) }

// PathEscape escapes s for one path segment ('/' becomes %2F).
func PathEscape(s string) string { return escape(s, inPathSegment) }

// PathUnescape decodes a path segment ('+' stays).
func PathUnescape(s string) (string, error) { return unescape(s, inPathSegment) }

// validEncoded reports whether s holds only bytes that may appear unescaped in the context, or
// sub-delims, brackets and '%'.
func validEncoded(s string, context int) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '@', '[', ']', '%':
		default:
			if needsEscape(s[i], context) {
				return false
			}
		}
	}
	return true
}
