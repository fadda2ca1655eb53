package url

import "strings"

// Parse parses ref in the context of u (RFC 3986 section 5).
func (u *URL) Parse(ref string) (*URL, error) {
	r, err := Parse(ref)
	if err != nil {
		return nil, err
	}
	return u.ResolveReference(r), nil
}

// ResolveReference resolves the reference ref against the base u (RFC 3986 section 5.2),
// removing dot segments; ref may be absolute, then it wins.
func (u *URL) ResolveReference(ref *URL) *URL {
	out := *ref
	if ref.Scheme == "" {
		out.Scheme = u.Scheme
	}
	if ref.Scheme != "" || ref.Host != "" || ref.User != nil {
		out.setPath(mergePaths(ref.EscapedPath(), ""))
		return &out
	}
	if ref.Opaque != "" {
		out.User = nil
		out.Host = ""
		out.Path = ""
		return &out
	}
	if ref.Path == "" && !ref.ForceQuery && ref.RawQuery == "" {
		out.RawQuery = u.RawQuery
		if ref.Fragment == "" {
			out.Fragment = u.Fragment
			out.RawFragment = u.RawFragment
		}
	}
	out.Host = u.Host
	out.User = u.User
	out.setPath(mergePaths(u.EscapedPath(), ref.EscapedPath()))
	return &out
}

// mergePaths merges a relative ref with the base path (everything up to base's last slash goes
// before it) and removes the dot segments of the result, which starts with one '/' (unless
// empty): as a stack of segments, a ".." popping the last one.
func mergePaths(base, ref string) string {
	var full string
	switch {
	case ref == "":
		full = base
	case ref[0] == '/':
		full = ref
	default:
		full = base[:strings.LastIndex(base, "/")+1] + ref
	}
	if full == "" {
		return ""
	}
	// an absolute path keeps its leading empty segment: after it, an empty segment is kept
	// as a real one ("/a/..//c" is "//c"), and the doubled slash it gives is cut below
	segments := strings.Split(full, "/")
	var kept []string
	trailing := false // a final "." or ".." leaves the path ending in a slash
	for i, s := range segments {
		last := i == len(segments)-1
		switch s {
		case ".":
			trailing = last
		case "..":
			if len(kept) > 0 {
				kept = kept[:len(kept)-1]
			}
			trailing = last
		default:
			kept = append(kept, s)
		}
	}
	result := "/" + strings.Join(kept, "/")
	if trailing {
		result += "/"
	}
	if strings.HasPrefix(result, "//") {
		result = result[1:]
	}
	return result
}
