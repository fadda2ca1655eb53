// Type inference from arguments, including named slice types and function arguments.
package main

import "fmt"

type Celsius float64
type Temps []Celsius

func First[S ~[]E, E any](s S) E { return s[0] }

func Scale[S ~[]E, E ~float64](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

func Apply[T any](v T, fs ...func(T) T) T {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func Ptr[T any](v T) *T { return &v }

func main() {
	t := Temps{10, 20.5}
	fmt.Println(First(t), First([]string{"x"}))
	st := Scale(t, 2)
	fmt.Printf("%v %T\n", st, st)
	fmt.Println(Apply(3, func(x int) int { return x + 1 }, func(x int) int { return x * 10 }))
	fmt.Println(Apply("go"))
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"))
}
