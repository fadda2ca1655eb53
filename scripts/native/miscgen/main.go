// Generates test/lang/native/fixtures/{unicode,misc,time}.txt with real Go 1.19 results for
// unicode, unicode/utf8, math/bits, encoding/hex, encoding/base64, encoding/binary,
// crypto/sha256, hash/fnv and time.
// Run: cd scripts/native/miscgen && go run . ../../../test/lang/native/fixtures
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"math/bits"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

var r = rand.New(rand.NewSource(7))

func randBytes(max int) []byte {
	n := r.Intn(max + 1)
	b := make([]byte, n)
	for i := range b {
		switch r.Intn(3) {
		case 0:
			b[i] = byte(r.Intn(256))
		default:
			b[i] = byte(32 + r.Intn(95))
		}
	}
	return b
}

func main() {
	dir := os.Args[1]
	open := func(name string) (*bufio.Writer, func()) {
		f, _ := os.Create(filepath.Join(dir, name))
		w := bufio.NewWriter(f)
		return w, func() { w.Flush(); f.Close() }
	}

	// unicode predicates as ranges, mappings as pairs
	w, done := open("unicode.txt")
	preds := []struct {
		n string
		f func(rune) bool
	}{{"IsLetter", unicode.IsLetter}, {"IsDigit", unicode.IsDigit}, {"IsNumber", unicode.IsNumber}, {"IsSpace", unicode.IsSpace}, {"IsUpper", unicode.IsUpper},
		{"IsLower", unicode.IsLower}, {"IsTitle", unicode.IsTitle}, {"IsPunct", unicode.IsPunct}, {"IsPrint", unicode.IsPrint}, {"IsGraphic", unicode.IsGraphic}, {"IsControl", unicode.IsControl},
		{"IsSymbol", unicode.IsSymbol}, {"IsMark", unicode.IsMark},
		{"Latin", func(c rune) bool { return unicode.Is(unicode.Latin, c) }}, {"Han", func(c rune) bool { return unicode.Is(unicode.Han, c) }},
		{"Greek", func(c rune) bool { return unicode.In(c, unicode.Greek) }}, {"Cyrillic", func(c rune) bool { return unicode.Is(unicode.Cyrillic, c) }},
		{"White_Space", func(c rune) bool { return unicode.Is(unicode.White_Space, c) }}}
	for _, p := range preds {
		var rs []string
		for c := rune(0); c <= unicode.MaxRune+1; c++ {
			if p.f(c) {
				lo := c
				for c+1 <= unicode.MaxRune && p.f(c+1) {
					c++
				}
				rs = append(rs, fmt.Sprintf("%x-%x", lo, c))
			}
		}
		fmt.Fprintf(w, "P %s %s\n", p.n, strings.Join(rs, ","))
	}
	maps := []struct {
		n string
		f func(rune) rune
	}{{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle}, {"SimpleFold", unicode.SimpleFold}}
	for _, m := range maps {
		var ps []string
		for c := rune(-1); c <= unicode.MaxRune+1; c++ {
			if v := m.f(c); v != c {
				ps = append(ps, fmt.Sprintf("%x:%x", c, v))
			}
		}
		fmt.Fprintf(w, "M %s %s\n", m.n, strings.Join(ps, ","))
	}
	done()

	w, done = open("misc.txt")
	// utf8: hex(bytes) decodeRune decodeLastRune runeCount valid fullRune
	for i := 0; i < 400; i++ {
		var b []byte
		if r.Intn(2) == 0 {
			b = randBytes(6)
		} else {
			for j := 0; j < r.Intn(4); j++ {
				b = append(b, byte(0x80+r.Intn(0x80)))
				if r.Intn(2) == 0 {
					b = append(b, string(rune(r.Intn(0x110000)))...)
				}
			}
			if r.Intn(2) == 0 && len(b) > 0 {
				b = b[:r.Intn(len(b))]
			}
		}
		r1, s1 := utf8.DecodeRune(b)
		r2, s2 := utf8.DecodeLastRune(b)
		fmt.Fprintf(w, "utf8 %x %d %d %d %d %d %v %v\n", b, r1, s1, r2, s2, utf8.RuneCount(b), utf8.Valid(b), utf8.FullRune(b))
	}
	for _, c := range []rune{-1, 0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xffff, 0x10000, 0x10ffff, 0x110000} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, c)
		fmt.Fprintf(w, "rune %d %x %d %v\n", c, buf[:n], utf8.RuneLen(c), utf8.ValidRune(c))
	}
	// bits
	for i := 0; i < 300; i++ {
		x := r.Uint64() >> uint(r.Intn(64))
		y := r.Uint64() >> uint(r.Intn(64))
		k := r.Intn(200) - 100
		x32, y32 := uint32(x), uint32(y)
		hi, lo := bits.Mul64(x, y)
		s, c := bits.Add64(x, y, uint64(i&1))
		d, bo := bits.Sub64(x, y, uint64(i&1))
		fmt.Fprintf(w, "bits64 %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d\n", x, y, k, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x),
			bits.RotateLeft64(x, k), bits.Reverse64(x), bits.ReverseBytes64(x), hi, lo, s, c, d, bo, 0)
		h32, l32 := bits.Mul32(x32, y32)
		fmt.Fprintf(w, "bits32 %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d\n", x32, y32, k, bits.LeadingZeros32(x32), bits.TrailingZeros32(x32), bits.OnesCount32(x32), bits.Len32(x32),
			bits.RotateLeft32(x32, k), bits.Reverse32(x32), bits.ReverseBytes32(x32), h32, l32, bits.RotateLeft16(uint16(x32), k), bits.RotateLeft8(uint8(x32), k), bits.Reverse16(uint16(x32)), bits.Reverse8(uint8(x32)), bits.Len8(uint8(x32)))
		if y != 0 {
			hh := x % y
			q, rem := bits.Div64(hh, x, y)
			fmt.Fprintf(w, "div64 %d %d %d %d %d\n", hh, x, y, q, rem)
		}
	}
	// hex
	for i := 0; i < 150; i++ {
		b := randBytes(12)
		fmt.Fprintf(w, "hexenc %x %s\n", b, hex.EncodeToString(b))
		in := randBytes(9)
		if r.Intn(2) == 0 {
			in = []byte(hex.EncodeToString(randBytes(5)))
			if len(in) > 0 && r.Intn(2) == 0 {
				in[r.Intn(len(in))] = byte(r.Intn(256))
			}
			if r.Intn(3) == 0 {
				if len(in) > 1 { in = in[:len(in)-1] }
			}
		}
		out, err := hex.DecodeString(string(in))
		e := "-"
		if err != nil {
			e = hex.EncodeToString([]byte(err.Error()))
		}
		fmt.Fprintf(w, "hexdec %x %x %s\n", in, out, e)
	}
	// base64
	encs := map[string]*base64.Encoding{"std": base64.StdEncoding, "url": base64.URLEncoding, "rawstd": base64.RawStdEncoding, "rawurl": base64.RawURLEncoding}
	for _, name := range []string{"std", "url", "rawstd", "rawurl"} {
		enc := encs[name]
		for i := 0; i < 120; i++ {
			b := randBytes(20)
			fmt.Fprintf(w, "b64enc %s %x %s\n", name, b, enc.EncodeToString(b))
			s := []byte(base64.StdEncoding.EncodeToString(randBytes(10)))
			switch r.Intn(5) {
			case 0:
				s = randBytes(10)
			case 1:
				if len(s) > 0 {
					s[r.Intn(len(s))] = "\n\r=-_+/A"[r.Intn(8)]
				}
			case 2:
				s = []byte(strings.TrimRight(string(s), "="))
			case 3:
				if len(s) > 1 {
					s = s[:r.Intn(len(s))]
				}
			}
			out, err := enc.DecodeString(string(s))
			e := "-"
			if err != nil {
				e = hex.EncodeToString([]byte(err.Error()))
			}
			fmt.Fprintf(w, "b64dec %s %x %x %s\n", name, s, out, e)
		}
	}
	// binary varints and byte orders
	for i := 0; i < 200; i++ {
		x := r.Uint64() >> uint(r.Intn(64))
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutUvarint(buf, x)
		buf2 := make([]byte, binary.MaxVarintLen64)
		n2 := binary.PutVarint(buf2, int64(x))
		b8 := make([]byte, 8)
		binary.BigEndian.PutUint64(b8, x)
		l8 := make([]byte, 8)
		binary.LittleEndian.PutUint64(l8, x)
		fmt.Fprintf(w, "varint %d %x %x %x %x %d %d\n", x, buf[:n], buf2[:n2], b8, l8, binary.BigEndian.Uint32(b8[2:]), binary.LittleEndian.Uint16(l8[3:]))
		rb := randBytes(11)
		uv, un := binary.Uvarint(rb)
		sv, sn := binary.Varint(rb)
		fmt.Fprintf(w, "uvarint %x %d %d %d %d\n", rb, uv, un, sv, sn)
	}
	// sha256 and fnv
	for i := 0; i < 100; i++ {
		b := randBytes(300)
		if i%10 == 0 {
			b = make([]byte, 55+i)
		}
		s := sha256.Sum256(b)
		s224 := sha256.Sum224(b)
		h1 := fnv.New32()
		h1.Write(b)
		h2 := fnv.New32a()
		h2.Write(b)
		h3 := fnv.New64()
		h3.Write(b)
		h4 := fnv.New64a()
		h4.Write(b)
		fmt.Fprintf(w, "hash %x %x %x %d %d %d %d\n", b, s, s224, h1.Sum32(), h2.Sum32(), h3.Sum64(), h4.Sum64())
	}
	done()

	w, done = open("time.txt")
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano,
		time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, "2006-01-02 15:04:05.000000000 -0700 MST", "Jan January Mon Monday 1 01 2 _2 02 __2 002 15 3 03 4 04 5 05 2006 06 PM pm",
		"-07 -0700 -07:00 -070000 -07:00:00 Z07 Z0700 Z07:00 Z070000 Z07:00:00", ".0 .00 .9 .99 .999999999 ,000 ,999 .0000000000", "Janx Monx 2006x _2006 ___2", "µs 日本 15h04m", ""}
	zones := []*time.Location{time.UTC, time.FixedZone("CET", 3600), time.FixedZone("", -5*3600-30*60), time.FixedZone("XST", 20700+7)}
	var secs []int64
	for _, s := range []int64{0, 1, -1, 86399, 86400, 951782400, 951868800, 4107542400, -62135596800, -62135596801, 253402300799, 1700000000, -2208988800} {
		secs = append(secs, s)
	}
	for i := 0; i < 250; i++ {
		secs = append(secs, r.Int63n(1<<37)-(1<<36))
	}
	for i, s := range secs {
		ns := int64(0)
		if i%3 != 0 {
			ns = r.Int63n(1e9)
		}
		zi := r.Intn(len(zones))
		t := time.Unix(s, ns).In(zones[zi])
		li := r.Intn(len(layouts))
		if i < len(layouts) {
			li = i
		}
		_, off := t.Zone()
		name, _ := t.Zone()
		fmt.Fprintf(w, "F %d %d %d %s %x %x %d %d %d %d %d\n", s, ns, off, hex.EncodeToString([]byte(name)), layouts[li], t.Format(layouts[li]), t.Year(), t.Month(), t.Day(), t.YearDay(), t.Weekday())
	}
	durs := []int64{0, 1, 999, 1000, 1001, 1500000, 999999999, 1000000000, 1000000001, 60e9, 3600e9, 90061e9 + 5, -1, -1000000, 1<<63 - 1, -1 << 63}
	for i := 0; i < 200; i++ {
		durs = append(durs, r.Int63()>>uint(r.Intn(63))*int64(1-2*r.Intn(2)))
	}
	for _, d := range durs {
		fmt.Fprintf(w, "D %d %s\n", d, time.Duration(d).String())
	}
	pds := []string{"", "0", "+0", "-0", "1s", "1.5h", "-1.5h", "1h2m3s4ms5us6ns", "1µs", "1μs", ".5s", "5.s", ".s", "1", "1x", "1.0000000000000000000001s", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s", "2562048h", "1\xffs", "1.5", "1m1.5", "3.14159265358979323846s", "0.000000001s", "0.0000000001s", "100000000000000000000s"}
	for _, s := range pds {
		d, err := time.ParseDuration(s)
		e := "-"
		if err != nil {
			e = hex.EncodeToString([]byte(err.Error()))
		}
		fmt.Fprintf(w, "PD %x %d %s\n", s, d, e)
	}
	done()
}
