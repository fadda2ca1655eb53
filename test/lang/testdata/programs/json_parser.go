// A JSON parser into interface{} values, with error positions, and a pretty printer.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type parser struct {
	s   string
	pos int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("offset %d: %s", e.Pos, e.Msg) }

func (p *parser) ws() {
	for p.pos < len(p.s) && strings.IndexByte(" \t\n\r", p.s[p.pos]) >= 0 {
		p.pos++
	}
}

func (p *parser) fail(msg string) { panic(&SyntaxError{p.pos, msg}) }

func (p *parser) value() interface{} {
	p.ws()
	if p.pos >= len(p.s) {
		p.fail("unexpected end")
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		p.pos++
		obj := map[string]interface{}{}
		p.ws()
		if p.s[p.pos] == '}' {
			p.pos++
			return obj
		}
		for {
			p.ws()
			k, ok := p.value().(string)
			if !ok {
				p.fail("object key must be a string")
			}
			p.ws()
			if p.pos >= len(p.s) || p.s[p.pos] != ':' {
				p.fail("expected ':'")
			}
			p.pos++
			obj[k] = p.value()
			p.ws()
			if p.pos < len(p.s) && p.s[p.pos] == ',' {
				p.pos++
				continue
			}
			if p.pos < len(p.s) && p.s[p.pos] == '}' {
				p.pos++
				return obj
			}
			p.fail("expected ',' or '}'")
		}
	case c == '[':
		p.pos++
		arr := []interface{}{}
		p.ws()
		if p.s[p.pos] == ']' {
			p.pos++
			return arr
		}
		for {
			arr = append(arr, p.value())
			p.ws()
			if p.pos < len(p.s) && p.s[p.pos] == ',' {
				p.pos++
				continue
			}
			if p.pos < len(p.s) && p.s[p.pos] == ']' {
				p.pos++
				return arr
			}
			p.fail("expected ',' or ']'")
		}
	case c == '"':
		end := p.pos + 1
		for end < len(p.s) && p.s[end] != '"' {
			if p.s[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(p.s) {
			p.fail("unterminated string")
		}
		s, err := strconv.Unquote(p.s[p.pos : end+1])
		if err != nil {
			p.fail("bad string")
		}
		p.pos = end + 1
		return s
	case strings.HasPrefix(p.s[p.pos:], "true"):
		p.pos += 4
		return true
	case strings.HasPrefix(p.s[p.pos:], "false"):
		p.pos += 5
		return false
	case strings.HasPrefix(p.s[p.pos:], "null"):
		p.pos += 4
		return nil
	default:
		start := p.pos
		for p.pos < len(p.s) && strings.IndexByte("+-0123456789.eE", p.s[p.pos]) >= 0 {
			p.pos++
		}
		f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
		if err != nil || start == p.pos {
			p.pos = start
			p.fail(fmt.Sprintf("unexpected character %q", c))
		}
		return f
	}
	return nil
}

func Parse(s string) (v interface{}, err error) {
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*SyntaxError)
			if !ok {
				panic(r)
			}
			err = se
		}
	}()
	p := &parser{s: s}
	v = p.value()
	p.ws()
	if p.pos != len(p.s) {
		p.fail("trailing data")
	}
	return v, nil
}

func show(v interface{}, indent string) string {
	switch x := v.(type) {
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := []string{}
		for _, k := range keys {
			parts = append(parts, indent+"  "+strconv.Quote(k)+": "+show(x[k], indent+"  "))
		}
		return "{\n" + strings.Join(parts, ",\n") + "\n" + indent + "}"
	case []interface{}:
		parts := []string{}
		for _, e := range x {
			parts = append(parts, show(e, indent))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case string:
		return strconv.Quote(x)
	}
	return fmt.Sprint(v)
}

func main() {
	docs := []string{
		`{"name": "amigo", "version": 1.5, "tags": ["p2p", "go"], "nested": {"ok": true, "none": null, "esc": "a\"b\u00e9"}}`,
		`[1, -2.5e3, [], {}, "x"]`,
		`{"a": 1,}`,
		`[1 2]`,
		`{"unterminated": "abc}`,
		`  42  `,
		`{"a": tru}`,
		`[1] x`,
	}
	for _, d := range docs {
		v, err := Parse(d)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(show(v, ""))
	}
}
