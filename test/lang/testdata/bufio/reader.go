package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// oneByte gives its data one byte per Read.
type oneByte struct{ s string }

func (o *oneByte) Read(p []byte) (int, error) {
	if o.s == "" {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = o.s[0]
	o.s = o.s[1:]
	return 1, nil
}

// failing gives its data, then a custom error.
type failing struct{ s string }

var errBroken = errors.New("broken pipe")

func (f *failing) Read(p []byte) (int, error) {
	if f.s == "" {
		return 0, errBroken
	}
	n := copy(p, f.s)
	f.s = f.s[n:]
	return n, nil
}

func main() {
	r := bufio.NewReader(strings.NewReader("héllo, wörld\nsecond line\r\nthird"))
	fmt.Println(r.Size(), r.Buffered())
	b, err := r.ReadByte()
	fmt.Println(b, err, r.Buffered())
	fmt.Println(r.UnreadByte(), r.UnreadByte())
	c, size, err := r.ReadRune()
	fmt.Println(string(c), size, err)
	c, size, err = r.ReadRune()
	fmt.Println(string(c), size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	p, err := r.Peek(5)
	fmt.Printf("%q %v\n", p, err)
	fmt.Println(r.UnreadRune())
	n, err := r.Discard(3)
	fmt.Println(n, err)
	s, err := r.ReadString(',')
	fmt.Printf("%q %v\n", s, err)
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	line, prefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	bs, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", bs, err)
	bs, err = r.ReadBytes('\n')
	fmt.Printf("%q %v %v\n", bs, err, bs == nil)
	line, prefix, err = r.ReadLine()
	fmt.Printf("%q %v %v %v\n", line, prefix, err, line == nil)
	_, _, err = r.ReadRune()
	fmt.Println(err)
	_, err = r.ReadByte()
	fmt.Println(err)
	fmt.Println(r.UnreadByte())

	// a small buffer: Peek beyond it, lines longer than it
	small := bufio.NewReaderSize(&oneByte{"0123456789abcdefghijklmnopqrstuvwxyz\nend\r\n"}, 4)
	fmt.Println(small.Size())
	p, err = small.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	p, err = small.Peek(-1)
	fmt.Printf("%q %v\n", p, err)
	for {
		line, prefix, err := small.ReadLine()
		fmt.Printf("line %q prefix=%v err=%v\n", line, prefix, err)
		if err != nil {
			break
		}
	}

	// ReadSlice with a full buffer
	rs := bufio.NewReaderSize(strings.NewReader("abcdefghijklmnopqrstuvwxyz-rest"), 16)
	sl, err := rs.ReadSlice('-')
	fmt.Printf("%q %v\n", sl, err)
	sl, err = rs.ReadSlice('-')
	fmt.Printf("%q %v\n", sl, err)
	sl, err = rs.ReadSlice('-')
	fmt.Printf("%q %v\n", sl, err)

	// an error other than EOF
	fr := bufio.NewReader(&failing{"part one;part two"})
	s, err = fr.ReadString(';')
	fmt.Printf("%q %v\n", s, err)
	s, err = fr.ReadString(';')
	fmt.Printf("%q %v %v\n", s, err, err == errBroken)
	s, err = fr.ReadString(';')
	fmt.Printf("%q %v\n", s, err)

	// Read in pieces, Discard past the end, Peek at EOF
	rr := bufio.NewReaderSize(strings.NewReader("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"), 16)
	buf := make([]byte, 5)
	for i := 0; i < 3; i++ {
		n, err := rr.Read(buf)
		fmt.Printf("%d %q %v buffered=%d\n", n, buf[:n], err, rr.Buffered())
	}
	big := make([]byte, 40)
	n, err = rr.Read(big)
	fmt.Printf("%d %q %v\n", n, big[:n], err)
	n, err = rr.Read(big)
	fmt.Printf("%d %q %v\n", n, big[:n], err)
	n, err = rr.Read(big)
	fmt.Println(n, err)
	d, err := bufio.NewReader(strings.NewReader("abc")).Discard(10)
	fmt.Println(d, err)
	_, err = bufio.NewReader(strings.NewReader("abc")).Discard(-1)
	fmt.Println(err)
	pk := bufio.NewReader(strings.NewReader("ab"))
	p, err = pk.Peek(3)
	fmt.Printf("%q %v\n", p, err)

	// Reset, NewReaderSize of a Reader, WriteTo through io.Copy
	rr.Reset(strings.NewReader("again"))
	var sb strings.Builder
	copied, err := io.Copy(&sb, rr)
	fmt.Println(copied, err, sb.String())
	same := bufio.NewReaderSize(rr, 100)
	fmt.Println(same == rr, bufio.NewReaderSize(rr, 10) == rr, bufio.NewReaderSize(strings.NewReader(""), 1).Size())
	var zero bufio.Reader
	zero.Reset(strings.NewReader("zero value"))
	all, err := io.ReadAll(&zero)
	fmt.Printf("%q %v %d\n", all, err, zero.Size())

	// runes: bad bytes and one byte at a time
	rb := bufio.NewReader(&oneByte{"a\xffé€😀\xe2\x82"})
	for {
		c, size, err := rb.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q %d\n", c, size)
	}
}
