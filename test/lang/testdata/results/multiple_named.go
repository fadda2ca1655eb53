// Multiple results, named results, naked returns and deferred modification of results.
package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func parse(s string) (n int, err error) {
	defer func() {
		if err != nil {
			n = -1
		}
	}()
	for _, c := range s {
		if c < '0' || c > '9' {
			err = errors.New("bad digit " + string(c))
			return
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func triple() (int, string, bool) { return 1, "two", true }

func double() (x int) {
	defer func() { x *= 2 }()
	return 21
}

func swap(a, b string) (string, string) { return b, a }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(parse("123"))
	fmt.Println(parse("12x3"))
	a, b, c := triple()
	fmt.Println(a, b, c)
	fmt.Println(double())
	fmt.Println(swap(swap("x", "y")))
	_, second := swap("p", "q")
	fmt.Println(second)
	fmt.Println(fmt.Sprint(triple()))
}
