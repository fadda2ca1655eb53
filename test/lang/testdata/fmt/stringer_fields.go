// fmt calls String/Error on exported-field values it can reach, not on unexported fields.
package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Wrapper struct {
	Public  Color
	private Color
	Err     error
	List    []Color
	M       map[Color]int
}

type PtrS struct{ n int }

func (p *PtrS) String() string { return fmt.Sprint("ptr#", p.n) }

func main() {
	w := Wrapper{Public: 1, private: 2, Err: errors.New("bad"), List: []Color{0, 2}, M: map[Color]int{2: 1, 0: 3}}
	fmt.Println(w)
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Printf("%d %s %v %x %q\n", Color(1), Color(1), Color(1), Color(2), Color(0))
	vals := []PtrS{{1}, {2}}
	fmt.Println(vals, &vals[0])
	ptrs := []*PtrS{{3}}
	fmt.Println(ptrs)
	fmt.Printf("%#v\n", Color(1))
}
