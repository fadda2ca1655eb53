// Generates test/lang/native/fixtures/strconv-*.txt with real Go's strconv results.
// Run: cd scripts/native/strconvgen && go run . ../../../test/lang/native/fixtures
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
)

func floats(r *rand.Rand) []float64 {
	fs := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.5, 1.5, 2.5, 0.125, 0.375, 1e21, 1e20, 1e-7, 1e-6, 123456789, 1e23, 5e-324, -5e-324,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 2.225073858507201e-308, math.MaxFloat32, math.SmallestNonzeroFloat32,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, math.E, 100, 1000000, 123456, 1234567, 0.000123, 9.5, 0.95, 0.05, 0.0001, 99.99, 999999.5, 1e15, 1e16, 1e17, 9007199254740993, 9007199254740992}
	for i := -1074; i <= 1023; i += 7 {
		fs = append(fs, math.Ldexp(1, i))
	}
	for i := 0; i < 700; i++ {
		fs = append(fs, math.Float64frombits(r.Uint64()))
	}
	for i := 0; i < 500; i++ {
		// short decimals
		fs = append(fs, float64(r.Int63n(100000000))/math.Pow(10, float64(r.Intn(12))))
	}
	for i := 0; i < 200; i++ {
		// subnormals
		fs = append(fs, math.Float64frombits(r.Uint64()>>12))
	}
	for i := 0; i < 200; i++ {
		// exact halfway cases for fixed precision: k/2^n
		fs = append(fs, float64(r.Int63n(1<<20)*2+1)/float64(int64(1)<<uint(r.Intn(20)+1)))
	}
	for i := 0; i < 200; i++ {
		fs = append(fs, float64(math.Float32frombits(r.Uint32())))
	}
	return fs
}

func hx(s string) string { return hex.EncodeToString([]byte(s)) }

func main() {
	dir := os.Args[1]
	r := rand.New(rand.NewSource(20261121))
	create := func(name string) (*bufio.Writer, func()) {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			panic(err)
		}
		w := bufio.NewWriter(f)
		return w, func() { w.Flush(); f.Close() }
	}

	// ftoa: bits fmt prec bitSize result
	w, done := create("strconv-ftoa.txt")
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	for _, f := range floats(r) {
		type c struct {
			f  byte
			p  int
			bs int
		}
		cases := []c{{'g', -1, 64}, {'e', -1, 64}, {'x', -1, 64}, {'b', -1, 64}, {'g', -1, 32}, {'e', -1, 32}, {'f', -1, 32}}
		if math.Abs(f) < 1e30 {
			cases = append(cases, c{'f', -1, 64})
		}
		for k := 0; k < 5; k++ {
			fc := fmts[r.Intn(len(fmts))]
			p := []int{-1, 0, 1, 2, 3, 6, r.Intn(20), r.Intn(60)}[r.Intn(8)]
			if fc == 'f' && math.Abs(f) > 1e30 {
				continue
			}
			cases = append(cases, c{fc, p, []int{32, 64}[r.Intn(2)]})
		}
		for _, cs := range cases {
			fmt.Fprintf(w, "%016x %c %d %d %s\n", math.Float64bits(f), cs.f, cs.p, cs.bs, strconv.FormatFloat(f, cs.f, cs.p, cs.bs))
		}
	}
	done()

	// atof: hex(input) bitSize resultbits error
	w, done = create("strconv-atof.txt")
	inputs := []string{"", "1", "+1", "-1", "1e", "1e+", "1e-", "e1", ".", ".5", "5.", "-.5e-1", "1..2", "1.2.3", "0x", "0x1", "0x1p", "0x1p0", "0x1.8p1", "0X1P-1074", "0x1p-1075", "0x1.0000000000001p-1075",
		"0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1p1024", "0x.8p1", "0x_1p0", "0x1_0p0", "1_000", "1__0", "_1", "1_", "0_1", "0x1p1_0", "1e1_0",
		"inf", "Inf", "+inf", "-Inf", "infinity", "-INFINITY", "infin", "infx", "nan", "NaN", "+nan", "-nan", "nanx", "1e400", "-1e400", "1e-400", "1e308", "1.8e308", "1.7976931348623157e308",
		"1.7976931348623158e308", "1.7976931348623159e308", "4.9e-324", "2.4e-324", "2.5e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "3.4028234663852886e38", "3.4028235677973366e38", "3.4028236e38", "1e39", "1.401298464324817e-45", "7.006492321624085e-46", "7.006492321624086e-46",
		"0", "-0", "+0", "0.000", "00001", "1e99999999999", "1e-99999999999", "0e99999", "123456789012345678901234567890", "0.1", "0.2", "0.3", "2.2250738585072011e-308", "2.2250738585072012e-308",
		" 1", "1 ", "1x", "0b101", "0o17", "١", "9007199254740993", "9007199254740992.5", "9007199254740993.0000000000000000001", "1e23", "8.98846567431158e307", "0.1e-1_0"}
	for i := 0; i < 600; i++ {
		// random decimal strings
		nd := r.Intn(25) + 1
		s := ""
		if r.Intn(4) == 0 {
			s = "-"
		}
		for j := 0; j < nd; j++ {
			s += string(rune('0' + r.Intn(10)))
			if j == 0 && r.Intn(3) == 0 {
				s += "."
			}
		}
		s += fmt.Sprintf("e%d", r.Intn(700)-350)
		inputs = append(inputs, s)
	}
	for i := 0; i < 400; i++ {
		// exact midpoints between adjacent floats (ties)
		f := math.Float64frombits(r.Uint64() >> 1)
		if math.IsInf(f, 0) || math.IsNaN(f) {
			continue
		}
		g := math.Nextafter(f, math.Inf(1))
		if math.IsInf(g, 0) {
			continue
		}
		a := new(big.Float).SetPrec(2000).SetFloat64(f)
		b := new(big.Float).SetPrec(2000).SetFloat64(g)
		m := new(big.Float).SetPrec(2000).Add(a, b)
		m.Quo(m, big.NewFloat(2))
		inputs = append(inputs, m.Text('e', -1))
		f32 := math.Float32frombits(r.Uint32() >> 1)
		g32 := math.Nextafter32(f32, float32(math.Inf(1)))
		if !math.IsInf(float64(g32), 0) && !math.IsNaN(float64(f32)) {
			m := new(big.Float).SetPrec(2000).Add(new(big.Float).SetFloat64(float64(f32)), new(big.Float).SetFloat64(float64(g32)))
			m.Quo(m, big.NewFloat(2))
			inputs = append(inputs, m.Text('e', -1))
		}
	}
	for _, f := range floats(r)[:600] {
		inputs = append(inputs, strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'e', 30, 64))
	}
	for _, s := range inputs {
		for _, bs := range []int{64, 32} {
			v, err := strconv.ParseFloat(s, bs)
			e := "-"
			if err != nil {
				e = hx(err.Error())
			}
			fmt.Fprintf(w, "%s %d %016x %s\n", hx(s), bs, math.Float64bits(v), e)
		}
	}
	done()

	// atoi: hex(input) base bitSize func value error
	w, done = create("strconv-atoi.txt")
	ints := []string{"", "0", "1", "-1", "+1", "-", "+", "12345", "-12345", "0x1f", "0X1F", "0b101", "0o17", "017", "08", "0_1", "1_000", "1__000", "_1", "1_", "0x_1f", "0x", "0b", "0o",
		"127", "128", "-128", "-129", "255", "256", "32767", "32768", "-32768", "-32769", "65535", "65536", "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616", "99999999999999999999999", "-99999999999999999999999",
		"zz", "ZZ", "z", "abc", "1a", "a1", " 1", "1 ", "1.0", "1e3", "300x", "99999999999999999999x", "1234567890123456789", "12345678901234567890", "-123456789012345678", "000000000000000000000000001"}
	for i := 0; i < 300; i++ {
		ints = append(ints, strconv.FormatInt(r.Int63()>>uint(r.Intn(63)), []int{2, 8, 10, 16, 36}[r.Intn(5)]))
	}
	for _, s := range ints {
		for k := 0; k < 8; k++ {
			{
				base := []int{0, 0, 2, 8, 10, 10, 16, 36, 1, 37}[r.Intn(10)]
				bs := []int{0, 0, 8, 16, 32, 64, 64, 65, -1}[r.Intn(9)]
				v, err := strconv.ParseInt(s, base, bs)
				e := "-"
				if err != nil {
					e = hx(err.Error())
				}
				fmt.Fprintf(w, "%s %d %d I %d %s\n", hx(s), base, bs, v, e)
				u, err := strconv.ParseUint(s, base, bs)
				e = "-"
				if err != nil {
					e = hx(err.Error())
				}
				fmt.Fprintf(w, "%s %d %d U %d %s\n", hx(s), base, bs, u, e)
			}
		}
		v, err := strconv.Atoi(s)
		e := "-"
		if err != nil {
			e = hx(err.Error())
		}
		fmt.Fprintf(w, "%s 10 0 A %d %s\n", hx(s), v, e)
		b, err := strconv.ParseBool(s)
		e = "-"
		if err != nil {
			e = hx(err.Error())
		}
		fmt.Fprintf(w, "%s 0 0 B %v %s\n", hx(s), b, e)
	}
	for _, s := range []string{"true", "True", "TRUE", "t", "T", "1", "false", "False", "FALSE", "f", "F", "0", "tRue", "yes"} {
		b, err := strconv.ParseBool(s)
		e := "-"
		if err != nil {
			e = hx(err.Error())
		}
		fmt.Fprintf(w, "%s 0 0 B %v %s\n", hx(s), b, e)
	}
	done()

	// itoa: value base result
	w, done = create("strconv-itoa.txt")
	for i := 0; i < 500; i++ {
		v := int64(r.Uint64()) >> uint(r.Intn(64))
		base := r.Intn(35) + 2
		fmt.Fprintf(w, "I %d %d %s\n", v, base, strconv.FormatInt(v, base))
		u := r.Uint64() >> uint(r.Intn(64))
		fmt.Fprintf(w, "U %d %d %s\n", u, base, strconv.FormatUint(u, base))
	}
	fmt.Fprintf(w, "I %d %d %s\n", int64(math.MinInt64), 2, strconv.FormatInt(math.MinInt64, 2))
	fmt.Fprintf(w, "U %d %d %s\n", uint64(math.MaxUint64), 36, strconv.FormatUint(math.MaxUint64, 36))
	done()

	// quote: hex(input) hex(Quote) hex(QuoteToASCII) hex(QuoteToGraphic) canBackquote hex(Unquote(input))|! 
	w, done = create("strconv-quote.txt")
	var strs []string
	for _, s := range []string{"", "hello", "a\"b", "a'b", "a\\b", "\a\b\f\n\r\t\v", "\x00\x01\x7f", "\u00ad\u00a0", "世界", "\ufeff", "\U0001F600", "\xff", "\xe4\xb8", "`x`", "\u2028", "\u0300", "\U000E0001", "\uFFFD", "\"\\x41\"", "\"\\u4e16\"", "\"\\U0001F600\"", "'a'", "'ab'", "'\\''", "'\\\"'", "\"\\'\"", "`a\rb`", "\"\\400\"", "\"\\377\"", "\"\\xzz\"", "\"a\nb\"", "\"unterminated", "\"\\ud800\"", "'\\x80'", "'世'", "\"\\q\""} {
		strs = append(strs, s)
	}
	for i := 0; i < 400; i++ {
		n := r.Intn(8)
		b := []byte{}
		for j := 0; j < n; j++ {
			switch r.Intn(4) {
			case 0:
				b = append(b, byte(r.Intn(256)))
			case 1:
				b = append(b, byte(r.Intn(128)))
			case 2:
				b = append(b, string(rune(r.Intn(0x3000)))...)
			default:
				b = append(b, string(rune(r.Intn(0x110000)))...)
			}
		}
		strs = append(strs, string(b))
	}
	for _, s := range strs {
		u, err := strconv.Unquote(s)
		us := "!"
		if err == nil {
			us = hx(u)
		}
		q := strconv.Quote(s)
		uq, err := strconv.Unquote(q)
		if err != nil || uq != s {
			panic("roundtrip")
		}
		fmt.Fprintf(w, "S %s %s %s %s %v %s\n", hx(s), hx(q), hx(strconv.QuoteToASCII(s)), hx(strconv.QuoteToGraphic(s)), strconv.CanBackquote(s), us)
	}
	runes := []rune{0, 7, 'a', '\'', '"', '\\', 0x7f, 0xad, 0xa0, 0x2028, 0xd800, 0x10ffff, 0x110000, -1, 0xfeff, 0x1f600, 0xe0001}
	for i := 0; i < 300; i++ {
		runes = append(runes, rune(r.Intn(0x110000)))
	}
	for _, c := range runes {
		fmt.Fprintf(w, "R %d %s %s %s %v %v\n", c, hx(strconv.QuoteRune(c)), hx(strconv.QuoteRuneToASCII(c)), hx(strconv.QuoteRuneToGraphic(c)), strconv.IsPrint(c), strconv.IsGraphic(c))
	}
	done()
}
