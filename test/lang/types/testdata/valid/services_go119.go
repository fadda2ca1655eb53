package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

const N = 4

type Grid [N * 2][N]int

type Alias = map[string]int

type Writer struct {
	io.Writer
	n int
}

func (w *Writer) Write(p []byte) (int, error) {
	w.n += len(p)
	return w.Writer.Write(p)
}

type Visitor interface {
	Visit(n int) (w Visitor)
}

type counter int

func (c *counter) Visit(n int) Visitor {
	*c += counter(n)
	return c
}

type Handler func(string) error

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "C" }

type Matrix [][]float64

func (m Matrix) Mul(o Matrix) Matrix {
	r := make(Matrix, len(m))
	for i := range r {
		r[i] = make([]float64, len(o[0]))
		for j := range r[i] {
			for k := range o {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

type state int

const (
	idle state = iota
	running
	_
	stopped
)

var names = [...]string{idle: "idle", running: "running", stopped: "stopped"}

func (s state) String() string { return names[s] }

var ErrNotFound = errors.New("not found")

type wrapErr struct {
	op  string
	err error
}

func (w *wrapErr) Error() string { return w.op + ": " + w.err.Error() }
func (w *wrapErr) Unwrap() error { return w.err }

func lookup(m Alias, k string) (v int, err error) {
	v, ok := m[k]
	if !ok {
		err = &wrapErr{"lookup", ErrNotFound}
	}
	return
}

func apply(h Handler, xs ...string) (n int) {
	for _, x := range xs {
		if err := h(x); err != nil {
			continue
		}
		n++
	}
	return
}

func swap[T any](a, b *T) { *a, *b = *b, *a }

func main() {
	var g Grid
	g[7][3] = 1
	fmt.Println(len(g), len(g[0]), cap(g[1][:2]))
	w := &Writer{Writer: os.Stdout}
	fmt.Fprintf(w, "hello %d\n", 42)
	var c counter
	var v Visitor = &c
	v = v.Visit(3)
	fmt.Println(c)
	err := apply(func(s string) error {
		if s == "" {
			return errors.New("empty")
		}
		return nil
	}, "a", "", "b")
	fmt.Println(err)
	fmt.Println(Temp(21.5), running, stopped)
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Println(m.Mul(m))
	if _, err := lookup(Alias{"a": 1}, "b"); errors.Is(err, ErrNotFound) {
		var we *wrapErr
		if errors.As(err, &we) {
			fmt.Println(we.op)
		}
	}
	var buf bytes.Buffer
	buf.WriteString("x")
	buf.WriteByte('y')
	fmt.Fprint(&buf, 1, 2)
	fmt.Println(buf.String(), buf.Len())
	words := strings.Fields(" b a  c ")
	sort.Strings(words)
	sort.Slice(words, func(i, j int) bool { return words[i] > words[j] })
	fmt.Println(strings.Join(words, ","), utf8.RuneCountInString("héllo"))
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	switch n := len(words); {
	case n > 2:
		fmt.Println("many")
		fallthrough
	case n > 1:
		fmt.Println("some")
	default:
	}
	type kv struct {
		k string
		v int
	}
	kvs := []kv{{"a", 1}, {k: "b"}}
	for i := range kvs {
		kvs[i].v *= 2
	}
	p := &kvs[0]
	p.v++
	fmt.Printf("%+v %v\n", kvs, *p)
	var iface interface{} = kvs[1]
	if k, ok := iface.(kv); ok {
		fmt.Println(k.k)
	}
	f := strconv.Itoa
	fmt.Println(f(5) + "!")
	var arr [3]int
	sl := arr[:]
	sl[0] = 9
	fmt.Println(arr, len(sl[1:2:3]))
	b := []byte("abc")
	s := string(b[1:])
	r := []rune(s)
	fmt.Println(s, len(r), string(r[0]), strconv.Quote(s))
	n, perr := strconv.Atoi("12x")
	fmt.Println(n, perr)
	var e2 error = (*wrapErr)(nil)
	fmt.Println(e2 != nil)
	total := 0
	for _, ch := range "héllo" {
		total += int(ch)
	}
	fmt.Println(total, 7/2, -7/2, 7%-3, 1<<3|1, 6&^2)
}
