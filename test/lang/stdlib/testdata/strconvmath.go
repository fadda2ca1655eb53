package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀÉÎ\xff"), strings.Repeat("ab", 3), strings.Fields("  a b  c "))
	fmt.Println(strings.Split("a,b,c", ","), strings.Join([]string{"x", "y"}, "-"), strings.Index("chicken", "ken"))
	r := strings.NewReplacer("a", "1", "b", "2", "", "-")
	fmt.Println(r.Replace("abcab"), strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace("<a>"))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d;", i)
	}
	b.WriteRune('世')
	b.WriteByte('!')
	fmt.Println(b.String(), b.Len())
	for _, s := range []string{"1e400", "-0x1p-2", "1_000.5", "0x1_0p0", "inf", "NaN", ".5e1", "1e", "4.9e-324", "3.4028235e38"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, strconv.FormatFloat(f, 'g', -1, 64), err, strconv.FormatFloat(g, 'g', -1, 32), err32)
	}
	for _, s := range []string{"12a", "9223372036854775808", "-9223372036854775808", "0x_1F", "0b101", "077", ""} {
		i, err := strconv.ParseInt(s, 0, 64)
		u, uerr := strconv.ParseUint(s, 0, 8)
		a, aerr := strconv.Atoi(s)
		fmt.Println(i, err, u, uerr, a, aerr)
	}
	_, err := strconv.ParseInt("1", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("1", 10, 65)
	fmt.Println(err)
	for _, f := range []float64{0, 1.0 / 3, 1e21, 1e-7, 123456789, math.MaxFloat64, 5e-324, -0.0, 2.5, 0.125} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', 2, 32),
			strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'G', 5, 64))
	}
	fmt.Println(strconv.Quote("hi\n世\x00\xff"), strconv.QuoteToASCII("世"), strconv.QuoteRune('☺'), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	u, err := strconv.Unquote(`"a\tb\u4e16"`)
	fmt.Println(u, err, strconv.Itoa(-42), string(strconv.AppendInt([]byte("n="), 7, 2)))
	_, err = strconv.Unquote(`"bad`)
	fmt.Println(err)
	bv, err := strconv.ParseBool("T")
	fmt.Println(bv, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(math.Sqrt(2), math.Sin(1), math.Cos(1e10), math.Tan(0.5), math.Exp(1), math.Exp(-745.1), math.Log(10), math.Log2(8), math.Log10(0.001))
	fmt.Println(math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Atan2(-1, -1), math.Asin(0.5), math.Sinh(2), math.Tanh(0.3), math.Cbrt(27), math.Hypot(3, 4))
	fmt.Println(math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5), math.Round(-2.5), math.RoundToEven(2.5), math.Mod(7, -3), math.Remainder(7, 3))
	fr, ex := math.Frexp(8)
	in, fc := math.Modf(-3.25)
	fmt.Println(fr, ex, in, fc, math.Ldexp(0.5, 3), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.Float64bits(1.5), math.Float32bits(1.5), math.Float64frombits(0x4000000000000000), math.Nextafter(1, 2), math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Println(unicode.IsUpper('Ä'), unicode.ToLower('Ä') == 'ä', unicode.Is(unicode.Han, '世'), unicode.In('ж', unicode.Latin, unicode.Cyrillic),
		unicode.IsSpace('\u00a0'), unicode.IsPunct('!'), unicode.SimpleFold('K'), unicode.ToTitle('ǆ'), unicode.IsLetter('ß'), unicode.IsDigit('٣'))
	rr, size := utf8.DecodeRuneInString("世界")
	lr, lsize := utf8.DecodeLastRune([]byte("ab\xff"))
	fmt.Println(utf8.RuneCountInString("世界!"), rr, size, lr, lsize, utf8.ValidString("a\xffb"), utf8.RuneLen('世'), string(utf8.AppendRune(nil, 0x1F600)))
	fmt.Fprintln(os.Stderr, "to stderr")
}
