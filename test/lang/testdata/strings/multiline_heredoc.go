// Multi-line raw strings keep their newlines and backslashes exactly.
package main

import (
	"fmt"
	"strings"
)

const tmpl = `Dear {name},
	Your balance is {amount}.
Path: C:\temp\new
`

func main() {
	out := strings.NewReplacer("{name}", "Ana", "{amount}", "$12.50").Replace(tmpl)
	fmt.Print(out)
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	for i, l := range lines {
		fmt.Printf("%d %2d %q\n", i, len(l), l)
	}
	fmt.Println(strings.Count(tmpl, "\\"), strings.Contains(tmpl, "\t"))
}
