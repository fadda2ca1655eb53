// Capturing an explicit per-iteration copy behaves the same in every Go version.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		j := i
		fs = append(fs, func() int { return j * j })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*string
	for _, s := range []string{"a", "b", "c"} {
		s := s
		ps = append(ps, &s)
	}
	for _, p := range ps {
		fmt.Print(*p)
	}
	fmt.Println()
	shared := 0
	var incs []func()
	for i := 0; i < 3; i++ {
		incs = append(incs, func() { shared += 10 })
	}
	for _, f := range incs {
		f()
	}
	fmt.Println(shared)
}
