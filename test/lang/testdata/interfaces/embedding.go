// Interface embedding, method sets and dynamic dispatch.
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type Upper struct{ ReadWriter }

func (u Upper) Read() string { return strings.ToUpper(u.ReadWriter.Read()) }

func pump(r Reader, w Writer, n int) {
	for i := 0; i < n; i++ {
		w.Write(r.Read())
	}
}

func main() {
	b := &Buffer{}
	var rw ReadWriter = b
	rw.Write("hello")
	rw.Write("world")
	var r Reader = rw
	fmt.Println(r.Read())
	u := Upper{b}
	out := &Buffer{}
	pump(u, out, 2)
	fmt.Println(out.data, b.data)
	var w Writer = u
	w.Write("x")
	fmt.Println(b.data)
	_, ok := r.(Writer)
	fmt.Println(ok)
}
