// io.Reader and io.Writer implemented by user types and composed with the standard library.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type rot13Reader struct{ r io.Reader }

func (rr rot13Reader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type lineCounter struct {
	lines int
	bytes int
}

func (lc *lineCounter) Write(p []byte) (int, error) {
	lc.bytes += len(p)
	lc.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

func main() {
	r := rot13Reader{strings.NewReader("Lbh penpxrq gur pbqr!\nNzvtb\n")}
	var buf bytes.Buffer
	lc := &lineCounter{}
	n, err := io.Copy(io.MultiWriter(&buf, lc), r)
	fmt.Println(n, err, lc.lines, lc.bytes)
	fmt.Print(buf.String())
	data, _ := io.ReadAll(io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Println(string(data))
	var w io.Writer = lc
	io.WriteString(w, "x\ny\n")
	fmt.Println(lc.lines)
}
