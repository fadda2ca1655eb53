// amigo:handwritten
// Expected output: an equivalent Go 1.19 program over Split, SplitAfter, Fields and FieldsFunc
// (Lines as SplitAfter at "\n" without its last empty piece), except that SplitSeq with an empty
// separator yields a bad byte as it is, where Split gives "\uFFFD" (Go 1.24 strings/iter.go).
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	inputs := []string{"", "a", "a,b,,c", ",", "a,b,", "one two  three\n", "x\ny\r\nz", "\n\n", "héllo wörld", "bad\xffbyte", "  lead and trail  "}
	for _, s := range inputs {
		fmt.Printf("%q\n", s)
		var got []string
		for part := range strings.SplitSeq(s, ",") {
			got = append(got, part)
		}
		fmt.Printf("  SplitSeq ,      %q\n", got)
		got = nil
		for part := range strings.SplitSeq(s, "") {
			got = append(got, part)
		}
		fmt.Printf("  SplitSeq \"\"     %q\n", got)
		got = nil
		for part := range strings.SplitAfterSeq(s, ",") {
			got = append(got, part)
		}
		fmt.Printf("  SplitAfterSeq , %q\n", got)
		got = nil
		for line := range strings.Lines(s) {
			got = append(got, line)
		}
		fmt.Printf("  Lines           %q\n", got)
		got = nil
		for f := range strings.FieldsSeq(s) {
			got = append(got, f)
		}
		fmt.Printf("  FieldsSeq       %q\n", got)
		got = nil
		for f := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
			got = append(got, f)
		}
		fmt.Printf("  FieldsFuncSeq   %q\n", got)

		b := []byte(s)
		var bgot []string
		for part := range bytes.SplitSeq(b, []byte(",")) {
			bgot = append(bgot, string(part))
		}
		fmt.Printf("  bytes.SplitSeq ,      %q\n", bgot)
		bgot = nil
		for part := range bytes.SplitSeq(b, nil) {
			bgot = append(bgot, string(part))
		}
		fmt.Printf("  bytes.SplitSeq nil    %q\n", bgot)
		bgot = nil
		for part := range bytes.SplitAfterSeq(b, []byte(",")) {
			bgot = append(bgot, string(part))
		}
		fmt.Printf("  bytes.SplitAfterSeq , %q\n", bgot)
		bgot = nil
		for line := range bytes.Lines(b) {
			bgot = append(bgot, string(line))
		}
		fmt.Printf("  bytes.Lines           %q\n", bgot)
		bgot = nil
		for f := range bytes.FieldsSeq(b) {
			bgot = append(bgot, string(f))
		}
		fmt.Printf("  bytes.FieldsSeq       %q\n", bgot)
		bgot = nil
		for f := range bytes.FieldsFuncSeq(b, func(r rune) bool { return !unicode.IsLetter(r) }) {
			bgot = append(bgot, string(f))
		}
		fmt.Printf("  bytes.FieldsFuncSeq   %q\n", bgot)
	}

	// breaking out of the loop stops the iterator
	n := 0
	for word := range strings.FieldsSeq("a b c d e") {
		n++
		if word == "c" {
			break
		}
	}
	fmt.Println("stopped after", n)
	for line := range strings.Lines("first\nsecond\nthird") {
		fmt.Printf("%q\n", line)
		if strings.HasPrefix(line, "second") {
			break
		}
	}
	// the yielded subslices end their capacity: appending does not overwrite the input
	data := []byte("ab,cd,ef")
	for part := range bytes.SplitSeq(data, []byte(",")) {
		fmt.Println(len(part), cap(part))
		_ = append(part, 'X')
	}
	for line := range bytes.Lines([]byte("l1\nl2")) {
		fmt.Println(len(line), cap(line))
	}
	fmt.Println(string(data))
}
