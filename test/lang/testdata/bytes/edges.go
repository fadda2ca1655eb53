// bytes edge cases: capacities, nil results, aliasing, Buffer growth and Reader errors.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

func c(b []byte) string { return fmt.Sprintf("%q/%d/%v", b, cap(b), b == nil) }

type logW struct{ n int }

func (l *logW) Write(p []byte) (int, error) { l.n += len(p); return len(p), nil }

func main() {
	var b bytes.Buffer
	for i := 0; i < 30; i++ {
		b.WriteString(strings.Repeat("x", i*7))
		fmt.Print(b.Len(), ":", b.Cap(), " ")
	}
	fmt.Println()
	var cb bytes.Buffer
	cb.WriteString("hello")
	fmt.Println(cb.Cap())
	cb.Grow(100)
	fmt.Println(cb.Cap())
	cb.Next(3)
	cb.Write(make([]byte, 150))
	fmt.Println(cb.Len(), cb.Cap())
	x, err := cb.ReadBytes('q')
	fmt.Println(len(x), cap(x), err)
	d := bytes.NewBufferString("abc")
	fmt.Println(d.Cap())
	d.ReadFrom(strings.NewReader("12345"))
	fmt.Println(d.Len(), d.Cap())
	fmt.Println(cap(bytes.Split([]byte("a,b,c"), []byte(","))[0]), cap(bytes.Fields([]byte(" a b "))[0]), cap(bytes.Split([]byte("héllo"), nil)[1]))
	fmt.Printf("%q\n", bytes.Split([]byte("h\xffé"), nil))
	u := bytes.ToUpper([]byte("abc"))
	fmt.Println(len(u), cap(u), cap(bytes.Repeat([]byte("ab"), 3)), cap(bytes.Replace([]byte("aaa"), []byte("a"), []byte("bb"), -1)), cap(bytes.Join([][]byte{[]byte("a"), []byte("b")}, []byte(","))))
	t := []byte("  x  ")
	fmt.Println(cap(bytes.TrimSpace(t)), cap(bytes.Trim(t, " ")), cap(bytes.TrimLeft(t, " ")), cap(bytes.TrimRight(t, " ")), bytes.TrimSpace([]byte("   ")) == nil, bytes.Trim([]byte("  "), " ") == nil, bytes.TrimSpace(nil) == nil)
	fmt.Println(cap(bytes.ToLower([]byte("ABCé"))), cap(bytes.Map(func(r rune) rune { return r }, []byte("abc"))), cap(bytes.Title([]byte("ab cd"))), cap(bytes.Runes([]byte("abc"))))
	fmt.Println(cap(bytes.ToValidUTF8([]byte("a\xffb"), []byte("?"))), bytes.Replace([]byte("abc"), []byte("x"), []byte("y"), -1) == nil)
	s := []byte("abc")
	r := bytes.Replace(s, []byte("x"), []byte("y"), -1)
	r[0] = 'Z'
	fmt.Println(string(s))
	f := bytes.Fields([]byte("a b"))
	f[0] = append(f[0], 'X')
	fmt.Println(string(f[1]))
	bf, af, _ := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Println(cap(bf), cap(af))
	sp := []byte("  ")
	fmt.Println(c(bytes.TrimLeft(sp, " ")), c(bytes.TrimRight(sp, " ")), c(bytes.TrimFunc(sp, unicode.IsSpace)), c(bytes.TrimLeftFunc(sp, unicode.IsSpace)), c(bytes.TrimRightFunc(sp, unicode.IsSpace)))
	fmt.Println(c(bytes.TrimPrefix(sp, sp)), c(bytes.TrimSuffix(sp, sp)), c(bytes.Trim(nil, "x")), c(bytes.Trim([]byte{}, "x")), c(bytes.Trim([]byte("ab"), "")), c(bytes.TrimLeft([]byte{}, "")), c(bytes.TrimRight(nil, "")))
	fmt.Println(c(bytes.ToUpper([]byte("ABC"))), c(bytes.ToUpper([]byte("abc"))), c(bytes.ToLower([]byte("abc"))), c(bytes.ToUpper([]byte("é"))), c(bytes.ToUpper([]byte("ıſ"))), c(bytes.ToLower([]byte("ȺȺȺ"))), c(bytes.ToUpper(nil)), c(bytes.ToLower([]byte{})))
	fmt.Println(c(bytes.ToTitle([]byte("abc"))), c(bytes.Title([]byte("abc"))), c(bytes.Title(nil)), c(bytes.Map(nil, nil)), c(bytes.Map(func(r rune) rune { return -1 }, []byte("ab"))))
	fmt.Println(c(bytes.Repeat(nil, 3)), c(bytes.Repeat([]byte("a"), 0)), c(bytes.Join(nil, nil)), c(bytes.Join([][]byte{[]byte("abc")}, nil)), c(bytes.Join([][]byte{nil}, nil)), c(bytes.Join([][]byte{{}, {}}, nil)))
	fmt.Println(c(bytes.Replace(nil, nil, nil, -1)), c(bytes.Replace([]byte("ab"), nil, []byte("-"), -1)), c(bytes.Replace([]byte("ab"), []byte("a"), []byte("a"), -1)), c(bytes.Replace([]byte("ab"), []byte("a"), nil, 0)), c(bytes.Replace([]byte{}, []byte("a"), nil, 1)))
	fmt.Println(c(bytes.ToValidUTF8(nil, nil)), c(bytes.ToValidUTF8([]byte("abc"), []byte("??"))), c(bytes.ToValidUTF8([]byte("\xff\xff"), []byte("??"))), bytes.Runes(nil) == nil)
	fmt.Println(len(bytes.Fields(nil)), bytes.Fields(nil) == nil, bytes.Split(nil, []byte(",")), cap(bytes.Split(nil, []byte(","))[0]), bytes.Split(nil, []byte(","))[0] == nil, bytes.Split(nil, nil) == nil, bytes.SplitN([]byte("a"), nil, 0) == nil)
	fmt.Println(len(bytes.FieldsFunc(nil, unicode.IsSpace)), bytes.FieldsFunc(nil, unicode.IsSpace) == nil, cap(bytes.FieldsFunc([]byte("a b"), unicode.IsSpace)[0]), cap(bytes.FieldsFunc([]byte("a b"), unicode.IsSpace)))
	sa := bytes.SplitAfterN([]byte("a,b,c"), []byte(","), 2)
	fmt.Println(c(sa[0]), c(sa[1]), cap(sa), cap(bytes.SplitN([]byte("a,b"), []byte(","), 5)))
	a, bb, ok := bytes.Cut([]byte("abc"), []byte("x"))
	fmt.Println(c(a), c(bb), ok)
	fmt.Println(c(bytes.TrimPrefix([]byte("abc"), []byte("x"))), c(bytes.TrimSuffix([]byte("abc"), []byte("c"))))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.Count([]byte("héé"), nil), bytes.Index(nil, nil), bytes.LastIndex([]byte("aa"), nil), bytes.IndexByte([]byte("ab"), 'b'), bytes.LastIndexByte([]byte("abb"), 'b'))
	fmt.Println(bytes.IndexRune([]byte("a\xffé"), 'é'), bytes.IndexRune([]byte("a\xffé"), unicode.ReplacementChar), bytes.IndexAny([]byte("abc"), "cb"), bytes.LastIndexAny([]byte("abc"), "ab"), bytes.ContainsAny([]byte("x"), ""), bytes.ContainsRune([]byte("x"), 'x'), bytes.Contains([]byte("abc"), []byte("bc")), bytes.HasPrefix([]byte("ab"), nil), bytes.HasSuffix(nil, []byte("a")))
	fmt.Println(bytes.IndexFunc([]byte("ab1"), unicode.IsDigit), bytes.LastIndexFunc([]byte("1ab"), unicode.IsDigit))
	fmt.Println(c(bytes.Trim([]byte(" é "), " é")), c(bytes.TrimLeft([]byte("éa"), "é")), c(bytes.TrimRight([]byte("aé"), "é")), c(bytes.TrimSpace([]byte{})), c(bytes.TrimLeft([]byte("\xff"), "\xff")))
	fmt.Println(c(bytes.TrimSpace([]byte(" a "))), c(bytes.TrimSpace([]byte("\u00a0a\u00a0 "))), c(bytes.TrimSpace([]byte("\u00a0\u00a0"))))
	ms := make([]byte, 3, 10)
	p := bytes.Split(ms, []byte{0})
	fmt.Println(cap(p[0]), cap(p[3]), cap(bytes.Split(ms, nil)[2]), cap(bytes.Fields([]byte("a é"))[1]), cap(bytes.Fields([]byte("a é "))[1]))
	var zb bytes.Buffer
	fmt.Println(zb.String(), (*bytes.Buffer)(nil).String())
	// Buffer reads
	q := bytes.NewBufferString("héllo\nworld")
	fmt.Println(q.UnreadByte(), q.UnreadRune())
	ch, sz, err := q.ReadRune()
	fmt.Println(ch, sz, err)
	ch, sz, err = q.ReadRune()
	fmt.Println(ch, sz, err, q.UnreadRune(), q.UnreadRune(), q.Len())
	line, err := q.ReadString('\n')
	fmt.Printf("%q %v %v\n", line, err, q.UnreadByte())
	nx := q.Next(2)
	fmt.Printf("%q %d\n", nx, q.Len())
	bts, err := q.ReadBytes('!')
	fmt.Printf("%q %v %d\n", bts, err, cap(bts))
	k, err := q.Read(make([]byte, 3))
	fmt.Println(k, err)
	k, err = q.Read(nil)
	fmt.Println(k, err)
	_, err = q.ReadByte()
	fmt.Println(err, q.Len(), q.Cap())
	q.WriteString("abcdef")
	q.Truncate(3)
	fmt.Println(q.String())
	lw := &logW{}
	fmt.Println(q.WriteTo(lw))
	fmt.Println(lw.n, q.Len())
	q.WriteRune('世')
	q.WriteRune(-1)
	q.WriteByte('!')
	fmt.Printf("%q %d\n", q.Bytes(), q.Cap())
	func() {
		defer func() { fmt.Println(recover()) }()
		q.Truncate(100)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		q.Grow(-1)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		bytes.Repeat([]byte("x"), -1)
	}()
	rd := bytes.NewReader([]byte("héllo"))
	buf := make([]byte, 2)
	fmt.Println(rd.Read(buf))
	fmt.Println(rd.UnreadRune())
	fmt.Println(rd.ReadRune())
	fmt.Println(rd.UnreadRune())
	fmt.Println(rd.ReadByte())
	fmt.Println(rd.Seek(-1, io.SeekEnd))
	fmt.Println(rd.Seek(10, io.SeekCurrent))
	fmt.Println(rd.Len(), rd.Size())
	fmt.Println(rd.Seek(-100, io.SeekCurrent))
	fmt.Println(rd.Seek(0, 9))
	fmt.Println(rd.ReadAt(buf, -1))
	fmt.Println(rd.ReadAt(buf, 5))
	fmt.Println(rd.ReadAt(buf, 10))
	rd.Reset([]byte("xyz"))
	fmt.Println(rd.WriteTo(lw))
	fmt.Println(rd.WriteTo(lw))
	var zr bytes.Reader
	fmt.Println(zr.UnreadByte())
	fmt.Println(zr.UnreadRune())
	big := new(bytes.Buffer)
	for i := 0; i < 20; i++ {
		big.Write(make([]byte, 100))
		big.Next(90)
		fmt.Print(big.Len(), ":", big.Cap(), " ")
	}
	fmt.Println()
	fmt.Printf("%v\n", *bytes.NewBufferString("hi"))
}
