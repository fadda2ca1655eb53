// Interfaces with overlapping embedded methods (Go 1.14) and interface-to-interface assignment.
package main

import "fmt"

type Closer interface{ Close() error }
type ReadCloser interface {
	Read() string
	Closer
}
type WriteCloser interface {
	Write(string)
	Closer
}
type ReadWriteCloser interface {
	ReadCloser
	WriteCloser
}

type file struct {
	data   []string
	closed bool
}

func (f *file) Read() string {
	if len(f.data) == 0 {
		return "<eof>"
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}
func (f *file) Write(s string) { f.data = append(f.data, s) }
func (f *file) Close() error {
	if f.closed {
		return fmt.Errorf("already closed")
	}
	f.closed = true
	return nil
}

func main() {
	var rwc ReadWriteCloser = &file{}
	rwc.Write("a")
	rwc.Write("b")
	var rc ReadCloser = rwc
	var wc WriteCloser = rwc
	wc.Write("c")
	fmt.Println(rc.Read(), rc.Read(), rc.Read(), rc.Read())
	fmt.Println(rc.Close(), wc.Close())
	var c Closer = rc
	_, isW := c.(WriteCloser)
	fmt.Println(isW)
}
