// strings.Builder growth and strings.Reader reading.
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.Grow(10)
	for i := 0; i < 3; i++ {
		b.WriteString("ab")
		b.WriteByte('|')
		b.WriteRune('é')
	}
	n, err := b.Write([]byte("!!"))
	fmt.Println(n, err, b.Len(), b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String())
	r := strings.NewReader("hello, reader")
	buf := make([]byte, 5)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	r2 := strings.NewReader("xyz")
	c, _ := r2.ReadByte()
	rest, _ := io.ReadAll(r2)
	fmt.Println(string(c), string(rest), r2.Len())
	rr := strings.NewReader("日本")
	ch, size, _ := rr.ReadRune()
	fmt.Println(string(ch), size, rr.Len(), r2.Size())
}
