package main

import "fmt"

type S struct {
	A complex128
	B []complex64
	C map[complex64]int
}

func main() {
	s := S{1 + 2i, []complex64{1i}, map[complex64]int{2: 1, 1i: 2}}
	fmt.Printf("%#v\n%+v\n%v\n", s, s, &s)
	fmt.Printf("%q %c %U %t %s\n", 1+2i, 1+2i, 1+2i, 1+2i, 1+2i)
	fmt.Printf("%*.*f|%-12v|%12v|%#g|%#.0f\n", 10, 2, 1.5+2i, 1i, 1i, 1+1i, 1+1i)
	fmt.Printf("%08.3f|%+08.3f|% 08.3f\n", -1.5-2i, 1.5+2i, 1.5+2i)
	var c complex64 = 1.0 / 3
	fmt.Println(c, complex128(c), fmt.Sprint(c) == "(0.33333334+0i)")
	fmt.Printf("%v %v\n", complex(float32(0.1), float32(0.2)), complex(0.1, 0.2))
}
