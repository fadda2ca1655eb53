// amigo:handwritten
// Per-iteration loop variables (Go 1.22): closures and pointers see each iteration's own copy.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2], ps[0] != ps[1])
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()
	var hs []func() int
	for i := 0; i < 6; i++ {
		hs = append(hs, func() int { return i })
		i++
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	var ks []func() int
	for k, v := range map[string]int{"only": 7} {
		ks = append(ks, func() int { return len(k) + v })
	}
	fmt.Println(ks[0]())
	var rs []*int
	for i := range 3 {
		rs = append(rs, &i)
	}
	fmt.Println(*rs[0], *rs[1], *rs[2])
}
