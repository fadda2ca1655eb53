package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunks gives its pieces one per Read, with an empty read between them.
type chunks struct {
	parts []string
	empty bool
}

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.parts) == 0 {
		return 0, io.EOF
	}
	c.empty = !c.empty
	if c.empty {
		return 0, nil
	}
	n := copy(p, c.parts[0])
	c.parts[0] = c.parts[0][n:]
	if c.parts[0] == "" {
		c.parts = c.parts[1:]
	}
	return n, nil
}

type never struct{}

func (never) Read(p []byte) (int, error) { return 0, nil }

func scanAll(name string, s *bufio.Scanner) {
	var toks []string
	for s.Scan() {
		toks = append(toks, s.Text())
	}
	fmt.Printf("%s: %q err=%v\n", name, toks, s.Err())
}

func main() {
	text := "first line\r\n\nthird  line\nno newline at end"
	scanAll("lines", bufio.NewScanner(strings.NewReader(text)))
	scanAll("lines chunked", bufio.NewScanner(&chunks{parts: []string{"ab", "c\nde", "f\r", "\ng"}}))
	scanAll("lines empty", bufio.NewScanner(strings.NewReader("")))
	scanAll("lines only newline", bufio.NewScanner(strings.NewReader("\n")))

	w := bufio.NewScanner(strings.NewReader("  Go is\tfun,\u00a0really\u2003wide\u3000spaces\n\v "))
	w.Split(bufio.ScanWords)
	scanAll("words", w)

	r := bufio.NewScanner(&chunks{parts: []string{"a\xe2\x82", "\xacb\xff", "é", "\xf0\x9f"}})
	r.Split(bufio.ScanRunes)
	scanAll("runes", r)

	b := bufio.NewScanner(strings.NewReader("xyz"))
	b.Split(bufio.ScanBytes)
	scanAll("bytes", b)

	// a token longer than the buffer limit
	long := bufio.NewScanner(strings.NewReader("short\n" + strings.Repeat("x", 100) + "\nafter"))
	long.Buffer(make([]byte, 10), 50)
	scanAll("too long", long)
	fmt.Println(errors.Is(long.Err(), bufio.ErrTooLong))

	// the default limit: 64 KiB
	big := bufio.NewScanner(strings.NewReader(strings.Repeat("y", bufio.MaxScanTokenSize-1) + "\n" + strings.Repeat("z", bufio.MaxScanTokenSize) + "\n"))
	n := 0
	for big.Scan() {
		n++
		fmt.Println(len(big.Bytes()))
	}
	fmt.Println(n, big.Err())

	// custom split functions
	commas := bufio.NewScanner(strings.NewReader("1,22,,333,stop,4444"))
	commas.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "stop" {
				return i + 1, data[:i], bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	scanAll("commas", commas)
	bad := errors.New("bad token")
	failing := bufio.NewScanner(strings.NewReader("ok ok fail ok"))
	failing.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if string(tok) == "fail" {
			return 0, nil, bad
		}
		return adv, tok, err
	})
	scanAll("failing", failing)
	neg := bufio.NewScanner(strings.NewReader("abc"))
	neg.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	scanAll("negative", neg)
	far := bufio.NewScanner(strings.NewReader("abc"))
	far.Split(func(data []byte, atEOF bool) (int, []byte, error) { return len(data) + 1, nil, nil })
	scanAll("too far", far)
	scanAll("no progress", bufio.NewScanner(never{}))

	// after the end, Scan stays false; Split after Scan panics
	s := bufio.NewScanner(strings.NewReader("one"))
	fmt.Println(s.Scan(), s.Text(), s.Scan(), s.Scan(), s.Err())
	defer func() { fmt.Println("recovered:", recover()) }()
	s.Split(bufio.ScanWords)
}
