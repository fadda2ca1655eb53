// Structs with function-typed fields versus methods; nil function fields.
package main

import (
	"fmt"
	"strings"
)

type Plugin struct {
	Name      string
	Transform func(string) string
	Validate  func(string) error
}

func (p Plugin) Run(in string) (string, error) {
	if p.Validate != nil {
		if err := p.Validate(in); err != nil {
			return "", fmt.Errorf("%s: %w", p.Name, err)
		}
	}
	if p.Transform == nil {
		return in, nil
	}
	return p.Transform(in), nil
}

func main() {
	plugins := []Plugin{
		{Name: "upper", Transform: strings.ToUpper},
		{Name: "noop"},
		{Name: "nonempty", Validate: func(s string) error {
			if s == "" {
				return fmt.Errorf("empty input")
			}
			return nil
		}, Transform: func(s string) string { return "[" + s + "]" }},
	}
	for _, in := range []string{"go", ""} {
		for _, p := range plugins {
			out, err := p.Run(in)
			fmt.Printf("%-8s %q -> %q %v\n", p.Name, in, out, err)
		}
	}
}
