package url

import (
	"errors"
	"sort"
	"strings"
)

// Values maps query keys to their values, in the order given.
type Values map[string][]string

// Get gives the first value of key, or "".
func (v Values) Get(key string) string {
	vs := v[key]
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// Set makes value the only value of key.
func (v Values) Set(key, value string) { v[key] = []string{value} }

// Add appends value to the values of key.
func (v Values) Add(key, value string) { v[key] = append(v[key], value) }

// Del removes key.
func (v Values) Del(key string) { delete(v, key) }

// Has reports whether key is set.
func (v Values) Has(key string) bool {
	_, ok := v[key]
	return ok
}

// Encode gives the values in "URL encoded" form, sorted by key.
func (v Values) Encode() string {
	if len(v) == 0 {
		return ""
	}
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		ek := QueryEscape(k)
		for _, val := range v[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(ek)
			b.WriteByte('=')
			b.WriteString(QueryEscape(val))
		}
	}
	return b.String()
}

// ParseQuery parses a "URL encoded" query; it keeps the pairs it could decode and gives the
// first error (a ';' separator, a bad escape).
func ParseQuery(query string) (Values, error) {
	m := make(Values)
	err := addQuery(m, query)
	return m, err
}

func addQuery(m Values, query string) error {
	var first error
	for query != "" {
		var pair string
		pair, query, _ = strings.Cut(query, "&")
		if strings.Contains(pair, ";") {
			if first == nil {
				first = errors.New("invalid semicolon separator in query")
			}
			continue
		}
		if pair == "" {
			continue
		}
		rawKey, rawValue, _ := strings.Cut(pair, "=")
		key, err := QueryUnescape(rawKey)
		if err == nil {
			var value string
			value, err = QueryUnescape(rawValue)
			if err == nil {
				m[key] = append(m[key], value)
				continue
			}
		}
		if first == nil {
			first = err
		}
	}
	return first
}
