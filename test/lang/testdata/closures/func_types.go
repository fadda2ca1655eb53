// Function types, function values in maps and slices, nil funcs, and higher-order helpers.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(string) string

type Middleware func(Handler) Handler

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func prefix(p string) Middleware {
	return func(next Handler) Handler {
		return func(s string) string { return next(p + s) }
	}
}

func main() {
	upper := Handler(strings.ToUpper)
	h := chain(upper, prefix("a:"), prefix("b:"))
	fmt.Println(h("x"))
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	names := []string{}
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ops[n](7, 3))
	}
	var nf func()
	fmt.Println(nf == nil, ops["div"] == nil)
	fmt.Printf("%T\n", h)
}
