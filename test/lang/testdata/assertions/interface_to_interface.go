// Asserting from one interface to another checks the dynamic type's full method set.
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Closer interface{ Close() }
type ReadCloser interface {
	Reader
	Closer
}

type onlyReader struct{}
type full struct{ closed *bool }

func (onlyReader) Read() string { return "r" }
func (full) Read() string       { return "f" }
func (f full) Close()           { *f.closed = true }

func tryClose(r Reader) string {
	if c, ok := r.(Closer); ok {
		c.Close()
		return "closed " + r.Read()
	}
	return "cannot close " + r.Read()
}

func main() {
	closed := false
	rs := []Reader{onlyReader{}, full{&closed}}
	for _, r := range rs {
		fmt.Println(tryClose(r))
	}
	fmt.Println(closed)
	var any interface{} = full{&closed}
	rc, ok := any.(ReadCloser)
	fmt.Println(ok, rc.Read())
	_, ok = any.(fmt.Stringer)
	fmt.Println(ok)
	var sb interface{} = &strings.Builder{}
	_, isWriter := sb.(interface{ WriteString(string) (int, error) })
	fmt.Println(isWriter)
}
