// Strings as map keys and switch cases; equality of built strings.
package main

import (
	"fmt"
	"strings"
)

func main() {
	a := "go" + "pher"
	b := strings.Join([]string{"go", "pher"}, "")
	var sb strings.Builder
	sb.WriteString("gop")
	sb.WriteString("her")
	c := sb.String()
	d := string([]byte{'g', 'o', 'p', 'h', 'e', 'r'})
	fmt.Println(a == b, b == c, c == d, a < "gopherz", len(a))
	m := map[string]int{a: 1}
	m[b]++
	m[c]++
	m[d]++
	fmt.Println(m)
	switch c {
	case "go":
		fmt.Println("no")
	case "go" + "pher":
		fmt.Println("yes")
	}
	empty := ""
	fmt.Println(empty == "", len(empty), empty+empty == "", strings.Repeat(empty, 5) == "")
}
