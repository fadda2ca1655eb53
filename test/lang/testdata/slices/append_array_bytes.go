package main

import "fmt"

func main() {
	var a [4]byte
	c := append(a[:], 9)
	fmt.Println(c, len(c))
	c = append(a[1:3], 7, 8, 9)
	fmt.Println(c, a)
	d := append(a[:2:2], "xy"...)
	fmt.Println(d, string(d))
	var bs [3]bool
	e := append(bs[:], true)
	fmt.Println(e)
	f := append([]byte("ab"), a[:]...)
	fmt.Println(f)
	n := copy(a[:], "hello")
	fmt.Println(n, a, string(a[:]))
}
