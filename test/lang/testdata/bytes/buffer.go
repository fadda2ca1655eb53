// bytes.Buffer: writing, reading, Next, ReadString, Truncate, growth.
package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello ")
	b.Write([]byte("world"))
	b.WriteByte('!')
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	p := make([]byte, 6)
	n, err := b.Read(p)
	fmt.Printf("%d %v %q %q\n", n, err, p[:n], b.String())
	fmt.Printf("%q\n", b.Next(3))
	b.Truncate(2)
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Reset()
	b.WriteString("line1\nline2\nrest")
	for {
		line, err := b.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	nb := bytes.NewBufferString("abc")
	c, _ := nb.ReadByte()
	nb.UnreadByte()
	all, _ := io.ReadAll(nb)
	fmt.Println(string(c), string(all), nb.Len())
	bb := bytes.NewBuffer([]byte("xyz"))
	r, size, _ := bb.ReadRune()
	fmt.Println(string(r), size, bb.String())
	var w io.Writer = &b
	fmt.Fprintf(w, "%d-%d", 1, 2)
	fmt.Println(b.String(), bytes.NewBufferString("q").Bytes())
}
