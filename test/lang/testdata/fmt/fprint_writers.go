// Fprint* write to any io.Writer: strings.Builder, bytes.Buffer and a custom writer.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type counter struct{ n, calls int }

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.calls++
	return len(p), nil
}

func main() {
	var sb strings.Builder
	fmt.Fprint(&sb, "a", 1)
	fmt.Fprintf(&sb, "[%03d]", 7)
	fmt.Fprintln(&sb, "end")
	fmt.Print(sb.String())
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%s=%v;", "k", []int{1})
	buf.WriteString("tail")
	fmt.Println(buf.String(), buf.Len())
	var out strings.Builder
	u := upper{&out}
	fmt.Fprintf(u, "hello %s %d\n", "world", 42)
	fmt.Print(out.String())
	c := &counter{}
	n, err := fmt.Fprintf(c, "%5d|%s", 1, "xyz")
	fmt.Println(n, err, c.n, c.calls)
	var w io.Writer = &buf
	fmt.Fprint(w, "!")
	fmt.Println(buf.String())
}
