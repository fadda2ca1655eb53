// strings edge cases: splitting, trimming, searching, case mapping, Reader, Builder, Replacer, panics.
package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

type logW struct{ n int }

func (l *logW) Write(p []byte) (int, error) { l.n += len(p); return len(p), nil }

func main() {
	strs := []string{"", "a", "abc", "a,b,,c,", "héllo wörld", "  lead  trail  ", "\xff\xfe", "x\u00a0y\u2003z", "日本語"}
	seps := []string{"", ",", "l", "ö", "abc", "\xff"}
	for _, s := range strs {
		for _, sep := range seps {
			fmt.Printf("%q %q: %d %d %d %v %v %q %q\n", s, sep, strings.Index(s, sep), strings.LastIndex(s, sep), strings.Count(s, sep), strings.Contains(s, sep), strings.ContainsAny(s, sep), strings.Split(s, sep), strings.SplitAfter(s, sep))
			for _, n := range []int{-1, 0, 1, 2, 3, 10} {
				a, b := strings.SplitN(s, sep, n), strings.SplitAfterN(s, sep, n)
				fmt.Print(len(a), cap(a), len(b), cap(b), a == nil, " ")
			}
			fmt.Println()
			x, y, ok := strings.Cut(s, sep)
			fmt.Printf("%q %q %v %d %d %q %q %q\n", x, y, ok, strings.IndexAny(s, sep), strings.LastIndexAny(s, sep), strings.Trim(s, sep), strings.TrimLeft(s, sep), strings.TrimRight(s, sep))
			fmt.Printf("%q %q %q\n", strings.Replace(s, sep, "<>", -1), strings.Replace(s, sep, "_", 2), strings.ReplaceAll(s, sep, ""))
		}
		f := strings.Fields(s)
		ff := strings.FieldsFunc(s, func(r rune) bool { return r == 'l' || unicode.IsSpace(r) })
		fmt.Printf("%q %d %q %d %v\n", f, cap(f), ff, cap(ff), ff == nil)
		fmt.Printf("%q %q %q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s), strings.TrimSpace(s))
		fmt.Println(strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsLetter), strings.IndexRune(s, 'l'), strings.IndexRune(s, 'ö'), strings.IndexRune(s, unicode.ReplacementChar), strings.IndexByte(s, 'b'), strings.LastIndexByte(s, ','))
		fmt.Printf("%q %q %q\n", strings.TrimFunc(s, unicode.IsLetter), strings.TrimLeftFunc(s, unicode.IsSpace), strings.TrimRightFunc(s, unicode.IsSpace))
		fmt.Printf("%q\n", strings.Map(func(r rune) rune {
			if r == 'l' {
				return -1
			}
			return unicode.ToUpper(r)
		}, s))
		fmt.Println(strings.EqualFold(s, strings.ToUpper(s)), strings.Compare(s, "abc"), strings.HasPrefix(s, "a"), strings.HasSuffix(s, ","))
		fmt.Printf("%q %q\n", strings.Repeat(s, 3), strings.ToValidUTF8(s, "\uFFFD"))
	}
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"a"}, ","), strings.Join([]string{"a", "b", "c"}, ", "))
	r := strings.NewReader("héllo")
	b := make([]byte, 2)
	n, err := r.Read(b)
	fmt.Println(n, err, r.Len(), r.Size())
	fmt.Println(r.UnreadRune())
	ch, sz, err := r.ReadRune()
	fmt.Println(ch, sz, err, r.UnreadRune(), r.UnreadRune())
	fmt.Println(r.ReadByte())
	fmt.Println(r.UnreadByte(), r.UnreadByte())
	fmt.Println(r.Seek(-1, io.SeekEnd))
	fmt.Println(r.Seek(10, io.SeekCurrent))
	fmt.Println(r.Len())
	fmt.Println(r.Seek(-100, io.SeekCurrent))
	fmt.Println(r.Seek(0, 9))
	fmt.Println(r.ReadAt(b, -1))
	fmt.Println(r.ReadAt(b, 5))
	fmt.Println(r.ReadAt(b, 1))
	fmt.Println(r.ReadAt(b, 6))
	r.Reset("abc")
	lw := &logW{}
	fmt.Println(r.WriteTo(lw))
	fmt.Println(r.WriteTo(lw))
	fmt.Println(lw.n)
	var zr strings.Reader
	fmt.Println(zr.Len(), zr.UnreadByte())
	fmt.Println(zr.ReadRune())
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.Cap())
	sb.Write([]byte("héllo"))
	sb.WriteRune(-1)
	sb.WriteRune(0x10FFFF + 1)
	sb.WriteRune('日')
	fmt.Println(sb.Len(), sb.Cap(), sb.String())
	sb.Grow(100)
	fmt.Println(sb.Len(), sb.Cap())
	sb.Reset()
	fmt.Println(sb.Len(), sb.Cap())
	rp := strings.NewReplacer("a", "1", "b", "22")
	fmt.Println(rp.Replace("abcab"), rp.Replace("xyz"))
	fmt.Println(rp.WriteString(lw, "ab"))
	func() {
		defer func() { fmt.Println(recover()) }()
		strings.NewReplacer("a")
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		strings.Repeat("x", -1)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		strings.Repeat("xx", 1<<62)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		sb.Grow(-1)
	}()
	fmt.Println(strings.Clone(""), strings.Clone("x"))
	fmt.Println(strings.EqualFold("ǅ", "ǆ"), strings.EqualFold("σ", "ς"), strings.EqualFold("Σ", "ς"), strings.EqualFold("a", "ab"))
}
