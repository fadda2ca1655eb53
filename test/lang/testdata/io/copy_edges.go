// io: Copy paths and buffer sizes, short/invalid writes, ReadFull/ReadAtLeast, SectionReader, multi readers/writers.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type loud struct{ r io.Reader }

func (l loud) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	fmt.Print("[read ", len(p), " ", n, " ", err, "]")
	return n, err
}

type short struct{}

func (short) Write(p []byte) (int, error) { return len(p) / 2, nil }

type bad struct{}

func (bad) Write(p []byte) (int, error) { return -1, nil }

type failW struct{}

func (failW) Write(p []byte) (int, error) { return 1, errors.New("nope") }

type onlyW struct{ b *bytes.Buffer }

func (o onlyW) Write(p []byte) (int, error) { fmt.Print("<w", len(p), ">"); return o.b.Write(p) }

func main() {
	var sb strings.Builder
	n, err := io.Copy(&sb, loud{strings.NewReader("hello world")})
	fmt.Println(n, err, sb.String())
	n, err = io.CopyN(onlyW{new(bytes.Buffer)}, loud{strings.NewReader("hello world")}, 5)
	fmt.Println(n, err)
	n, err = io.CopyN(onlyW{new(bytes.Buffer)}, loud{strings.NewReader("hi")}, 5)
	fmt.Println(n, err)
	n, err = io.Copy(short{}, loud{strings.NewReader("abcd")})
	fmt.Println(n, err)
	n, err = io.Copy(bad{}, loud{strings.NewReader("abcd")})
	fmt.Println(n, err)
	n, err = io.Copy(failW{}, loud{strings.NewReader("abcd")})
	fmt.Println(n, err)
	buf := make([]byte, 4)
	k, err := io.ReadFull(loud{strings.NewReader("ab")}, buf)
	fmt.Println(k, err)
	k, err = io.ReadFull(loud{strings.NewReader("")}, buf)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(loud{strings.NewReader("abcdef")}, buf, 2)
	fmt.Println(k, err, buf)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 5)
	fmt.Println(k, err)
	all, err := io.ReadAll(loud{strings.NewReader(strings.Repeat("x", 1300))})
	fmt.Println(len(all), cap(all), err)
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), io.MultiReader(strings.NewReader("cd")))
	_, isWT := mr.(io.WriterTo)
	fmt.Printf("%T %v\n", mr, isWT)
	p := make([]byte, 10)
	for {
		k, err := mr.Read(p)
		fmt.Print(k, err, string(p[:k]), ";")
		if err != nil {
			break
		}
	}
	fmt.Println()
	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, io.MultiWriter(onlyW{&b2}))
	fmt.Printf("%T\n", mw)
	fmt.Println(io.WriteString(mw, "xyz"))
	fmt.Println(mw.Write([]byte("uv")))
	fmt.Println(b1.String(), b2.String())
	fmt.Println(io.MultiWriter(short{}, &b1).Write([]byte("1234")))
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	fmt.Println(sr.Size())
	k, err = sr.ReadAt(p[:3], 3)
	fmt.Println(k, err, string(p[:k]))
	k, err = sr.ReadAt(p[:1], 5)
	fmt.Println(k, err)
	fmt.Println(sr.Seek(1, io.SeekStart))
	fmt.Println(sr.Seek(-10, io.SeekCurrent))
	fmt.Println(sr.Seek(0, 7))
	fmt.Println(sr.Seek(-1, io.SeekEnd))
	k, err = sr.Read(p)
	fmt.Println(k, err, string(p[:k]))
	k, err = sr.Read(p)
	fmt.Println(k, err)
	var tb bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee!"), &tb)
	fmt.Printf("%T\n", tr)
	x, _ := io.ReadAll(tr)
	fmt.Println(string(x), tb.String())
	fmt.Println(io.Copy(io.Discard, loud{strings.NewReader("discard me")}))
	fmt.Printf("%T %T\n", io.NopCloser(strings.NewReader("")), io.NopCloser(loud{}))
	fmt.Printf("%T %v\n", io.Discard, io.Discard)
	lr := io.LimitReader(strings.NewReader("limited"), 3)
	fmt.Printf("%T %+v\n", lr, lr.(*io.LimitedReader).N)
	y, _ := io.ReadAll(lr)
	fmt.Println(string(y))
	n, err = io.CopyBuffer(onlyW{new(bytes.Buffer)}, loud{strings.NewReader("buffered")}, make([]byte, 3))
	fmt.Println(n, err)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress)
	defer func() { fmt.Println(recover()) }()
	io.CopyBuffer(onlyW{new(bytes.Buffer)}, loud{strings.NewReader("buffered")}, make([]byte, 0))
}
