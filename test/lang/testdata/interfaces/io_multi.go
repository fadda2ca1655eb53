// io.MultiReader, io.MultiWriter, io.TeeReader, io.Discard and friends composed with user types.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunkReader returns at most 3 bytes per Read, to show that readers are drained one by one.
type chunkReader struct{ s string }

func (c *chunkReader) Read(p []byte) (int, error) {
	if c.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:min3(len(p))], c.s)
	c.s = c.s[n:]
	return n, nil
}

func min3(n int) int {
	if n > 3 {
		return 3
	}
	return n
}

// shortWriter accepts only half of every write.
type shortWriter struct{ got []byte }

func (s *shortWriter) Write(p []byte) (int, error) {
	s.got = append(s.got, p[:len(p)/2]...)
	return len(p) / 2, nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

// stringOnly counts WriteString calls separately from Write calls.
type stringOnly struct{ writes, strs int }

func (s *stringOnly) Write(p []byte) (int, error)        { s.writes++; return len(p), nil }
func (s *stringOnly) WriteString(x string) (int, error) { s.strs++; return len(x), nil }

func main() {
	inner := io.MultiReader(strings.NewReader("ab"), &chunkReader{"cdefg"})
	r := io.MultiReader(inner, strings.NewReader(""), strings.NewReader("hij"))
	p := make([]byte, 8)
	for {
		n, err := r.Read(p)
		fmt.Printf("%d %q %v\n", n, p[:n], err)
		if err != nil {
			break
		}
	}

	all, err := io.ReadAll(io.MultiReader(strings.NewReader("one "), strings.NewReader("two "), &chunkReader{"three"}))
	fmt.Printf("%q %v\n", all, err)

	var a, b bytes.Buffer
	so := &stringOnly{}
	w := io.MultiWriter(&a, io.MultiWriter(&b, so))
	n, err := io.WriteString(w, "hello ")
	fmt.Println(n, err)
	n, err = w.Write([]byte("world"))
	fmt.Println(n, err, a.String(), b.String(), so.writes, so.strs)

	sw := &shortWriter{}
	n, err = io.MultiWriter(&a, sw, &b).Write([]byte("abcd"))
	fmt.Println(n, err, err == io.ErrShortWrite, string(sw.got), a.String(), b.String())

	n, err = io.MultiWriter(failWriter{}, &a).Write([]byte("zz"))
	fmt.Println(n, err, a.Len())

	var tee bytes.Buffer
	c, err := io.Copy(io.Discard, io.TeeReader(io.LimitReader(strings.NewReader("0123456789"), 7), &tee))
	fmt.Println(c, err, tee.String())

	c, err = io.CopyN(&tee, io.MultiReader(strings.NewReader("xy"), strings.NewReader("z")), 5)
	fmt.Println(c, err, tee.String())

	buf := make([]byte, 4)
	k, err := io.ReadFull(io.MultiReader(strings.NewReader("q"), strings.NewReader("r")), buf)
	fmt.Println(k, err, string(buf[:k]))
}
