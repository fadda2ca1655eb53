package main

import "fmt"

func main() {
	c := complex(1.0/3, -2.5)
	var c64 complex64 = complex64(c)
	fmt.Printf("%v|%g|%G|%f|%F|%e|%E\n", c, c, c, c, c, c, c)
	fmt.Printf("%.2f|%.3g|%8.2f|%-8.1f|%+.1f|% .1f|%08.2f\n", c, c, c, c, c, c, c)
	fmt.Printf("%v|%.2f|%e\n", c64, c64, c64)
	fmt.Printf("%#v|%+v|%x|%b\n", c, c, 1+2i, 1+2i)
	fmt.Printf("%d|%s\n", c, c64)
	fmt.Println(fmt.Sprint(c, c64), fmt.Sprintf("%6.1f", 1e10+1e-10i))
	fmt.Println([]complex128{1, 2i}, map[string]complex64{"a": 1i})
}
