// Type assertions: comma-ok form, assertion to interfaces, and concrete types.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Named interface{ Name() string }
type Dog struct{}

func (Dog) Name() string { return "dog" }

func main() {
	var i interface{} = "hello"
	s := i.(string)
	fmt.Println(s)
	n, ok := i.(int)
	fmt.Println(n, ok)
	f, ok := i.(fmt.Stringer)
	fmt.Println(f, ok)
	i = Dog{}
	nm, ok := i.(Named)
	fmt.Println(nm.Name(), ok)
	d := i.(Dog)
	fmt.Println(d.Name())
	var r io.Reader = strings.NewReader("abc")
	_, isWriter := r.(io.Writer)
	sr, isSR := r.(*strings.Reader)
	fmt.Println(isWriter, isSR, sr.Len())
	var nilI interface{}
	_, ok = nilI.(int)
	fmt.Println(ok)
}
