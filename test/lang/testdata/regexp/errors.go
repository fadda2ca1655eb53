package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, p := range []string{`(abc`, `abc)`, `a(b))`, `[abc`, `[z-a]`, `\q`, `a**`, `a*+`, `a+?*`, `*a`, `+`, `?`, `a{2}{3}`, `{2}`, `a{1001}`, `a{2,1}`,
		`(?x)`, `(?P<name`, `(?P<>a)`, `(?P<a-b>x)`, `(?P<n>a)(?P<n>b)`, `(?<n>a)`, `(?`, `(?i`, `(?-)`, `(?i-)`, `x\`, `[a\`, `\p{Foo}`, `\pX`, `[[:foo:]]`,
		`\1`, `\8`, `\x{110000}`, `\xZ1`, `\x{zz}`, `\C`, `a|*`, `(*)`, `[]`, `[^]`, `a{1000}`, `(?i)(?s)x`, `(?im-s:a.)`, `x{2,1001}`, `\Z`, `(?P=n)`} {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Printf("%-16q error: %v\n", p, err)
			continue
		}
		fmt.Printf("%-16q ok %v %d\n", p, re, re.NumSubexp())
	}
	_, err := regexp.MatchString(`(`, "x")
	fmt.Println(err)
	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompile("a\t(")
}
