// Variadic functions: zero args, spread slices (aliasing!), mixed fixed params.
package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func info(xs ...interface{}) string {
	return fmt.Sprintf("%d %v %v", len(xs), xs == nil, xs)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	mutate(nums...)
	fmt.Println(nums)
	mutate(7, 8)
	fmt.Println(join(", "), join("-", "a"), join("/", "a", "b", "c"))
	fmt.Println(info(), info(nil), info(1, "x"), info([]interface{}{1, 2}...))
	f := sum
	fmt.Printf("%T %d\n", f, f(10, 20))
}
