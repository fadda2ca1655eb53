// Passing multiple results directly as arguments and returning another call's results.
package main

import (
	"fmt"
	"strconv"
)

func pair() (int, string) { return 4, "four" }

func show(n int, s string) string { return fmt.Sprintf("%d=%s", n, s) }

func parse(s string) (int, error) { return strconv.Atoi(s) }

func both(a, b int) (int, int) { return b, a }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	fmt.Println(show(pair()))
	fmt.Println(parse("12"))
	fmt.Println(parse("1x"))
	fmt.Println(sum(both(3, 4)))
	fmt.Println(both(both(1, 2)))
	n, err := parse("-8")
	fmt.Println(n*2, err == nil)
}
