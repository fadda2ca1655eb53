// Package url: parsing, printing and resolving URLs (RFC 3986), query values and the escaping
// functions. Written for Amigo from the package's documented behaviour; error texts are Go's.
package url

import (
	"errors"
	"path"
	"strconv"
	"strings"
)

// Error is the error of an operation (Op "parse") on a URL.
type Error struct {
	Op  string
	URL string
	Err error
}

func (e *Error) Error() string { return e.Op + " " + strconv.Quote(e.URL) + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

func (e *Error) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func (e *Error) Temporary() bool {
	t, ok := e.Err.(interface{ Temporary() bool })
	return ok && t.Temporary()
}

// URL is a parsed URL: [scheme:][//[userinfo@]host][/]path[?query][#fragment], or
// scheme:opaque[?query][#fragment]. Path and Fragment are decoded; RawPath and RawFragment keep
// the original encoding when it is not the default one.
type URL struct {
	Scheme      string
	Opaque      string
	User        *Userinfo
	Host        string
	Path        string
	RawPath     string
	OmitHost    bool
	ForceQuery  bool
	RawQuery    string
	Fragment    string
	RawFragment string
}

// Userinfo is the user name and optional password of a URL.
type Userinfo struct {
	username    string
	password    string
	passwordSet bool
}

// User gives a Userinfo without a password.
func User(username string) *Userinfo { return &Userinfo{username: username} }

// UserPassword gives a Userinfo with a password.
func UserPassword(username, password string) *Userinfo {
	return &Userinfo{username: username, password: password, passwordSet: true}
}

// Username gives the user name ("" for a nil Userinfo).
func (u *Userinfo) Username() string {
	if u == nil {
		return ""
	}
	return u.username
}

// Password gives the password and whether one is set.
func (u *Userinfo) Password() (string, bool) {
	if u == nil {
		return "", false
	}
	return u.password, u.passwordSet
}

// String gives "username[:password]", escaped.
func (u *Userinfo) String() string {
	if u == nil {
		return ""
	}
	s := escape(u.username, inUserPassword)
	if u.passwordSet {
		s += ":" + escape(u.password, inUserPassword)
	}
	return s
}

// Parse parses an absolute or relative URL.
func Parse(rawURL string) (*URL, error) {
	rest, frag, hasFrag := strings.Cut(rawURL, "#")
	u, err := parse(rest, false)
	if err != nil {
		return nil, &Error{"parse", rest, err}
	}
	if !hasFrag || frag == "" {
		return u, nil
	}
	if err := u.setFragment(frag); err != nil {
		return nil, &Error{"parse", rawURL, err}
	}
	return u, nil
}

// ParseRequestURI parses an absolute URL or absolute path as an HTTP request gives it: no
// fragment, no relative path.
func ParseRequestURI(rawURL string) (*URL, error) {
	u, err := parse(rawURL, true)
	if err != nil {
		return nil, &Error{"parse", rawURL, err}
	}
	return u, nil
}

func hasControlByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] == 0x7f {
			return true
		}
	}
	return false
}

// splitScheme cuts a leading "scheme:" off; no scheme when the text before the first ':' is not
// one (it starts with a digit or holds another byte).
func splitScheme(raw string) (scheme, rest string, err error) {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.':
			if i == 0 {
				return "", raw, nil
			}
		case c == ':':
			if i == 0 {
				return "", "", errors.New("missing protocol scheme")
			}
			return raw[:i], raw[i+1:], nil
		default:
			return "", raw, nil
		}
	}
	return "", raw, nil
}

func parse(raw string, request bool) (*URL, error) {
	if hasControlByte(raw) {
		return nil, errors.New("net/url: invalid control character in URL")
	}
	if raw == "" && request {
		return nil, errors.New("empty url")
	}
	u := new(URL)
	if raw == "*" {
		u.Path = "*"
		return u, nil
	}
	scheme, rest, err := splitScheme(raw)
	if err != nil {
		return nil, err
	}
	u.Scheme = strings.ToLower(scheme)
	if strings.HasSuffix(rest, "?") && strings.Count(rest, "?") == 1 {
		u.ForceQuery = true
		rest = rest[:len(rest)-1]
	} else {
		rest, u.RawQuery, _ = strings.Cut(rest, "?")
	}
	if !strings.HasPrefix(rest, "/") {
		if u.Scheme != "" {
			u.Opaque = rest // mailto:someone@example.com
			return u, nil
		}
		if request {
			return nil, errors.New("invalid URI for request")
		}
		// "a:b/c" without a valid scheme would read as a scheme
		if first, _, _ := strings.Cut(rest, "/"); strings.Contains(first, ":") {
			return nil, errors.New("first path segment in URL cannot contain colon")
		}
	}
	if (u.Scheme != "" || !request && !strings.HasPrefix(rest, "///")) && strings.HasPrefix(rest, "//") {
		authority := rest[2:]
		rest = ""
		if i := strings.IndexByte(authority, '/'); i >= 0 {
			authority, rest = authority[:i], authority[i:]
		}
		u.User, u.Host, err = parseAuthority(authority)
		if err != nil {
			return nil, err
		}
	} else if u.Scheme != "" && strings.HasPrefix(rest, "/") {
		u.OmitHost = true // "file:/x" stays without "//"
	}
	if err := u.setPath(rest); err != nil {
		return nil, err
	}
	return u, nil
}

func parseAuthority(authority string) (*Userinfo, string, error) {
	at := strings.LastIndex(authority, "@")
	host, err := parseHost(authority[at+1:])
	if err != nil {
		return nil, "", err
	}
	if at < 0 {
		return nil, host, nil
	}
	info := authority[:at]
	if !validUserinfo(info) {
		return nil, "", errors.New("net/url: invalid userinfo")
	}
	name, password, hasPassword := strings.Cut(info, ":")
	if name, err = unescape(name, inUserPassword); err != nil {
		return nil, "", err
	}
	if !hasPassword {
		return User(name), host, nil
	}
	if password, err = unescape(password, inUserPassword); err != nil {
		return nil, "", err
	}
	return UserPassword(name, password), host, nil
}

// validUserinfo: unreserved bytes, sub-delims, ':', '%' and '@' only.
func validUserinfo(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			continue
		}
		switch c {
		case '-', '.', '_', ':', '~', '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', '%', '@':
		default:
			return false
		}
	}
	return true
}

// validPort: "" or ':' and digits.
func validPort(port string) bool {
	if port == "" {
		return true
	}
	if port[0] != ':' {
		return false
	}
	for i := 1; i < len(port); i++ {
		if port[i] < '0' || port[i] > '9' {
			return false
		}
	}
	return true
}

func parseHost(host string) (string, error) {
	if strings.HasPrefix(host, "[") {
		end := strings.LastIndex(host, "]")
		if end < 0 {
			return "", errors.New("missing ']' in host")
		}
		if port := host[end+1:]; !validPort(port) {
			return "", errors.New("invalid port " + strconv.Quote(port) + " after host")
		}
		// an IPv6 zone ("%25" then the zone) has escaping rules of its own
		if zone := strings.Index(host[:end], "%25"); zone >= 0 {
			before, err := unescape(host[:zone], inHost)
			if err != nil {
				return "", err
			}
			inside, err := unescape(host[zone:end], inZone)
			if err != nil {
				return "", err
			}
			after, err := unescape(host[end:], inHost)
			if err != nil {
				return "", err
			}
			return before + inside + after, nil
		}
	} else if colon := strings.LastIndex(host, ":"); colon >= 0 {
		if port := host[colon:]; !validPort(port) {
			return "", errors.New("invalid port " + strconv.Quote(port) + " after host")
		}
	}
	return unescape(host, inHost)
}

// setPath sets Path from an escaped path, and RawPath when the escaping is not the default.
func (u *URL) setPath(p string) error {
	decoded, err := unescape(p, inPath)
	if err != nil {
		return err
	}
	u.Path = decoded
	if escape(decoded, inPath) == p {
		u.RawPath = ""
	} else {
		u.RawPath = p
	}
	return nil
}

func (u *URL) setFragment(f string) error {
	decoded, err := unescape(f, inFragment)
	if err != nil {
		return err
	}
	u.Fragment = decoded
	if escape(decoded, inFragment) == f {
		u.RawFragment = ""
	} else {
		u.RawFragment = f
	}
	return nil
}

// EscapedPath gives the escaped path: RawPath when it is a valid encoding of Path, else Path
// escaped.
func (u *URL) EscapedPath() string {
	if u.RawPath != "" && validEncoded(u.RawPath, inPath) {
		if p, err := unescape(u.RawPath, inPath); err == nil && p == u.Path {
			return u.RawPath
		}
	}
	if u.Path == "*" {
		return "*"
	}
	return escape(u.Path, inPath)
}

// EscapedFragment gives the escaped fragment, RawFragment when it is a valid encoding of it.
func (u *URL) EscapedFragment() string {
	if u.RawFragment != "" && validEncoded(u.RawFragment, inFragment) {
		if f, err := unescape(u.RawFragment, inFragment); err == nil && f == u.Fragment {
			return u.RawFragment
		}
	}
	return escape(u.Fragment, inFragment)
}

// String reassembles the URL.
func (u *URL) String() string {
	var b strings.Builder
	if u.Scheme != "" {
		b.WriteString(u.Scheme)
		b.WriteByte(':')
	}
	if u.Opaque != "" {
		b.WriteString(u.Opaque)
	} else {
		if (u.Scheme != "" || u.Host != "" || u.User != nil) && !(u.OmitHost && u.Host == "" && u.User == nil) {
			if u.Host != "" || u.Path != "" || u.User != nil {
				b.WriteString("//")
			}
			if u.User != nil {
				b.WriteString(u.User.String())
				b.WriteByte('@')
			}
			if u.Host != "" {
				b.WriteString(escape(u.Host, inHost))
			}
		}
		p := u.EscapedPath()
		if p != "" && p[0] != '/' && u.Host != "" {
			b.WriteByte('/')
		}
		if b.Len() == 0 {
			// a first segment with a colon would read as a scheme
			if first, _, _ := strings.Cut(p, "/"); strings.Contains(first, ":") {
				b.WriteString("./")
			}
		}
		b.WriteString(p)
	}
	if u.ForceQuery || u.RawQuery != "" {
		b.WriteByte('?')
		b.WriteString(u.RawQuery)
	}
	if u.Fragment != "" {
		b.WriteByte('#')
		b.WriteString(u.EscapedFragment())
	}
	return b.String()
}

// Redacted is String with the password replaced by "xxxxx".
func (u *URL) Redacted() string {
	if u == nil {
		return ""
	}
	c := *u
	if _, has := c.User.Password(); has {
		c.User = UserPassword(c.User.Username(), "xxxxx")
	}
	return c.String()
}

// IsAbs reports whether the URL has a scheme.
func (u *URL) IsAbs() bool { return u.Scheme != "" }

// Query parses RawQuery, dropping malformed pairs.
func (u *URL) Query() Values {
	v, _ := ParseQuery(u.RawQuery)
	return v
}

// RequestURI gives the path?query (or opaque?query) an HTTP request for the URL uses.
func (u *URL) RequestURI() string {
	result := u.Opaque
	if result == "" {
		result = u.EscapedPath()
		if result == "" {
			result = "/"
		}
	} else if strings.HasPrefix(result, "//") {
		result = u.Scheme + ":" + result
	}
	if u.ForceQuery || u.RawQuery != "" {
		result += "?" + u.RawQuery
	}
	return result
}

// splitHostPort splits Host at a valid ":port"; brackets of an IP literal go.
func splitHostPort(hostPort string) (host, port string) {
	host = hostPort
	if colon := strings.LastIndexByte(host, ':'); colon >= 0 && validPort(host[colon:]) {
		host, port = host[:colon], host[colon+1:]
	}
	if strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]") {
		host = host[1 : len(host)-1]
	}
	return host, port
}

// Hostname gives Host without the port and IPv6 brackets.
func (u *URL) Hostname() string {
	host, _ := splitHostPort(u.Host)
	return host
}

// Port gives the port of Host, or "".
func (u *URL) Port() string {
	_, port := splitHostPort(u.Host)
	return port
}

// MarshalBinary gives String's bytes.
func (u *URL) MarshalBinary() ([]byte, error) { return []byte(u.String()), nil }

// UnmarshalBinary parses text into u.
func (u *URL) UnmarshalBinary(text []byte) error {
	parsed, err := Parse(string(text))
	if err != nil {
		return err
	}
	*u = *parsed
	return nil
}

// JoinPath gives a copy of u with the elements joined to its path and the result cleaned; a
// trailing slash of the last element stays.
func (u *URL) JoinPath(elem ...string) *URL {
	parts := append([]string{u.EscapedPath()}, elem...)
	var joined string
	if strings.HasPrefix(parts[0], "/") {
		joined = path.Join(parts...)
	} else {
		parts[0] = "/" + parts[0]
		joined = path.Join(parts...)[1:]
	}
	if strings.HasSuffix(parts[len(parts)-1], "/") && !strings.HasSuffix(joined, "/") {
		joined += "/"
	}
	c := *u
	c.setPath(joined)
	return &c
}

// JoinPath parses base and joins the elements to its path.
func JoinPath(base string, elem ...string) (string, error) {
	u, err := Parse(base)
	if err != nil {
		return "", err
	}
	return u.JoinPath(elem...).String(), nil
}
