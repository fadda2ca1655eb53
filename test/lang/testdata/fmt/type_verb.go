// %T prints Go syntax for types, including unnamed composites and functions.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type MyInt int
type Pt struct{ X int }

func main() {
	vals := []interface{}{
		1, int8(1), uint(1), 1.5, float32(1), "s", 'r', byte(1), true, nil,
		[]int{}, [3]string{}, map[string][]int{}, &Pt{}, Pt{}, MyInt(1), []*Pt{},
		func(int, string) (bool, error) { return false, nil }, func() {}, func(...int) {},
		struct{ A int }{}, errors.New("x"), &strings.Builder{}, [][2]MyInt{}, new(interface{}),
		map[Pt]struct{}{}, fmt.Errorf("w %w", errors.New("x")),
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%10T|%-10T|\n", 1, "s")
}
