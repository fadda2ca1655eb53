// Forwarding variadic arguments, appending to them, and passing nil or empty slices.
package main

import "fmt"

func logf(prefix string, args ...interface{}) string {
	return fmt.Sprint(append([]interface{}{prefix + ":"}, args...)...)
}

func count(xs ...string) (int, bool) { return len(xs), xs == nil }

func wrap(xs ...string) (int, bool) { return count(xs...) }

func max(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func main() {
	fmt.Println(logf("info", 1, "a", 2.5))
	fmt.Println(logf("empty"))
	fmt.Println(count())
	fmt.Println(count(nil...))
	fmt.Println(count([]string{}...))
	fmt.Println(wrap())
	fmt.Println(wrap("x", "y"))
	fmt.Println(max(3), max(3, 9, 4), max(-1, []int{-5, -2}...))
	args := []interface{}{"%d-%s", 7, "x"}
	fmt.Println(fmt.Sprintf(args[0].(string), args[1:]...))
}
