// A JSON-like encoder over interface{} values with sorted object keys and escaping.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func encode(sb *strings.Builder, v interface{}, indent string, depth int) {
	pad := strings.Repeat(indent, depth)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteByte('"')
		for _, r := range x {
			switch r {
			case '"':
				sb.WriteString(`\"`)
			case '\\':
				sb.WriteString(`\\`)
			case '\n':
				sb.WriteString(`\n`)
			case '\t':
				sb.WriteString(`\t`)
			default:
				if r < 0x20 {
					fmt.Fprintf(sb, `\u%04x`, r)
				} else {
					sb.WriteRune(r)
				}
			}
		}
		sb.WriteByte('"')
	case []interface{}:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + indent)
			encode(sb, e, indent, depth+1)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "]")
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			sb.WriteString(pad + indent)
			encode(sb, k, indent, depth+1)
			sb.WriteString(": ")
			encode(sb, x[k], indent, depth+1)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "}")
	default:
		fmt.Fprintf(sb, "\"<unsupported %T>\"", x)
	}
}

func Marshal(v interface{}) string {
	var sb strings.Builder
	encode(&sb, v, "  ", 0)
	return sb.String()
}

type Token struct {
	kind string
	val  string
}

func main() {
	doc := map[string]interface{}{
		"name":    "Amigo \"node\"",
		"version": 1,
		"ratio":   0.75,
		"big":     1e21,
		"tags":    []interface{}{"go", "p2p", 3, true, nil},
		"nested": map[string]interface{}{
			"z":     []interface{}{},
			"a":     "tab\there\nnewline\x01",
			"emoji": "日本 ☺",
		},
		"weird": Token{"x", "y"},
	}
	out := Marshal(doc)
	fmt.Println(out)
	fmt.Println(len(out), strings.Count(out, "\n"))
}
