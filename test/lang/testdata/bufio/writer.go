package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// recorder records every Write it gets.
type recorder struct{ writes []string }

func (r *recorder) Write(p []byte) (int, error) {
	r.writes = append(r.writes, string(p))
	return len(p), nil
}

// short accepts at most limit bytes in all, then fails.
type short struct {
	got   []byte
	limit int
}

var errFull = errors.New("disk full")

func (s *short) Write(p []byte) (int, error) {
	room := s.limit - len(s.got)
	if len(p) <= room {
		s.got = append(s.got, p...)
		return len(p), nil
	}
	s.got = append(s.got, p[:room]...)
	return room, errFull
}

// lazy accepts half of each write without an error.
type lazy struct{ got []byte }

func (l *lazy) Write(p []byte) (int, error) {
	n := (len(p) + 1) / 2
	l.got = append(l.got, p[:n]...)
	return n, nil
}

func main() {
	rec := &recorder{}
	w := bufio.NewWriterSize(rec, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	n, err := w.WriteString("abc")
	fmt.Println(n, err, w.Available(), w.Buffered(), len(rec.writes))
	fmt.Println(w.WriteByte('d'))
	n, err = w.WriteRune('é')
	fmt.Println(n, err, w.Buffered())
	n, err = w.WriteRune('€')
	fmt.Println(n, err, w.Buffered(), rec.writes)
	n, err = w.Write([]byte("0123456789abcdefghij"))
	fmt.Println(n, err, w.Buffered(), rec.writes)
	fmt.Println(w.Flush(), w.Flush(), rec.writes)
	n, err = w.Write([]byte("a long write that skips the buffer"))
	fmt.Println(n, err, w.Buffered(), rec.writes[len(rec.writes)-1])
	n, err = w.WriteString("")
	fmt.Println(n, err)
	buf := w.AvailableBuffer()
	fmt.Println(len(buf), cap(buf))
	buf = append(buf, "xyz"...)
	w.Write(buf)
	w.Flush()
	fmt.Println(rec.writes[len(rec.writes)-1])

	// a writer that fails: the error sticks
	sh := &short{limit: 10}
	ws := bufio.NewWriterSize(sh, 4)
	for i := 0; i < 5; i++ {
		n, err := ws.WriteString("abc")
		fmt.Println(i, n, err, ws.Buffered(), string(sh.got))
	}
	fmt.Println(ws.WriteByte('x'), ws.Flush())
	_, err = ws.WriteRune('€')
	fmt.Println(err)
	ws.Reset(&recorder{})
	fmt.Println(ws.Buffered(), ws.WriteByte('y'), ws.Flush())

	// a writer that writes less without an error
	lz := &lazy{}
	wl := bufio.NewWriter(lz)
	wl.WriteString("0123456789")
	err = wl.Flush()
	fmt.Println(err, err == io.ErrShortWrite, string(lz.got), wl.Buffered())

	// a rune into a tiny buffer, the default size, a Writer of a Writer, ReadFrom
	var sb strings.Builder
	tiny := bufio.NewWriterSize(&sb, 2)
	n, err = tiny.WriteRune('😀')
	fmt.Println(n, err, tiny.Buffered())
	tiny.Flush()
	fmt.Printf("%q\n", sb.String())
	def := bufio.NewWriter(&sb)
	fmt.Println(def.Size(), bufio.NewWriterSize(def, 100) == def, bufio.NewWriterSize(def, 5000) == def, bufio.NewWriterSize(&sb, -1).Size())
	n64, err := def.ReadFrom(strings.NewReader(" read from a reader"))
	fmt.Println(n64, err, def.Buffered())
	def.Flush()
	fmt.Printf("%q\n", sb.String())
	fmt.Fprintf(def, "%d-%s|", 42, "fmt")
	def.Flush()
	fmt.Printf("%q\n", sb.String())

	// ReadWriter
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in\n")), bufio.NewWriter(&sb))
	line, _ := rw.ReadString('\n')
	rw.WriteString("out:" + line)
	rw.Flush()
	fmt.Printf("%q\n", sb.String())
	var zero bufio.Writer
	zero.Reset(&sb)
	fmt.Println(zero.Size(), zero.Available())
}
