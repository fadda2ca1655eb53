// Printing nil values of every kind with several verbs.
package main

import (
	"errors"
	"fmt"
)

type T struct{}

func (*T) String() string { return "T!" }

func main() {
	var err error
	var sl []int
	var mp map[string]int
	var fn func()
	var ip *int
	var tp *T
	var iface interface{}
	var st fmt.Stringer
	fmt.Println(err, sl, mp, fn == nil, ip, tp, iface, st)
	fmt.Printf("%v|%s|%d|%+v|%#v\n", err, err, sl, mp, iface)
	fmt.Printf("%v %s %#v\n", tp, tp, sl)
	fmt.Printf("%s %v\n", nil, []interface{}{nil, err})
	fmt.Println(errors.Unwrap(err), fmt.Sprint(nil), fmt.Sprintf("%T %T", nil, err))
	st = tp
	fmt.Println(st == nil, st)
}
