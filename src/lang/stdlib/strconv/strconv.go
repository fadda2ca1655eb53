// Package strconv: Go's strconv with Go's exact results. Conversions are native (see
// src/lang/native/strconv); errors and Append* helpers are Go.
package strconv

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, Atoi)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// numError builds the error for a native result code: 0 none, 1 syntax, 2 range, 3 base, 4 bit size.
func numError(fn, s string, code, base, bitSize int) error {
	switch code {
	case 0:
		return nil
	case 1:
		return &NumError{fn, s, ErrSyntax}
	case 2:
		return &NumError{fn, s, ErrRange}
	case 3:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

func parseFloat(s string, bitSize int) (float64, int)
func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)
func atoi(s string) (int, int)

// ParseFloat converts s to a floating-point number with the precision of bitSize (32 or 64).
func ParseFloat(s string, bitSize int) (float64, error) {
	f, code := parseFloat(s, bitSize)
	return f, numError("ParseFloat", s, code, 0, bitSize)
}

// ParseInt interprets s in the given base (0, 2 to 36) and bit size (0 to 64).
func ParseInt(s string, base int, bitSize int) (int64, error) {
	i, code := parseInt(s, base, bitSize)
	return i, numError("ParseInt", s, code, base, bitSize)
}

// ParseUint is like ParseInt but for unsigned numbers; a sign prefix is not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	u, code := parseUint(s, base, bitSize)
	return u, numError("ParseUint", s, code, base, bitSize)
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	i, code := atoi(s)
	return i, numError("Atoi", s, code, 10, 0)
}

// ParseBool returns the boolean value represented by the string.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false", according to the value of b, to dst.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

// FormatFloat converts f to a string in format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X')
// with precision prec (-1 for the fewest digits that read back exactly) for bitSize 32 or 64.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	return formatFloat(f, fmt, prec, bitSize)
}

func formatFloat(f float64, fmt byte, prec, bitSize int) string
func formatInt(i int64, base int) string
func formatUint(i uint64, base int) string

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// FormatInt returns the string representation of i in the given base (2 to 36).
func FormatInt(i int64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatInt(i, base)
}

// FormatUint returns the string representation of i in the given base (2 to 36).
func FormatUint(i uint64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatUint(i, base)
}

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string

// AppendInt appends FormatInt(i, base) to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

// AppendUint appends FormatUint(i, base) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

// Quote returns a double-quoted Go string literal representing s.
func Quote(s string) string

// QuoteToASCII is like Quote but escapes every non-ASCII character.
func QuoteToASCII(s string) string

// QuoteToGraphic is like Quote but keeps Unicode graphic characters, such as spaces, unescaped.
func QuoteToGraphic(s string) string

// QuoteRune returns a single-quoted Go character literal representing the rune.
func QuoteRune(r rune) string

// QuoteRuneToASCII is like QuoteRune but escapes every non-ASCII character.
func QuoteRuneToASCII(r rune) string

// QuoteRuneToGraphic is like QuoteRune but keeps Unicode graphic characters unescaped.
func QuoteRuneToGraphic(r rune) string

func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

func AppendQuoteToASCII(dst []byte, s string) []byte { return append(dst, QuoteToASCII(s)...) }

func AppendQuoteToGraphic(dst []byte, s string) []byte { return append(dst, QuoteToGraphic(s)...) }

func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte { return append(dst, QuoteRuneToASCII(r)...) }

func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

// CanBackquote reports whether s can be represented unchanged as a single-line backquoted string.
func CanBackquote(s string) bool

// IsPrint reports whether the rune is printable, as unicode.IsPrint.
func IsPrint(r rune) bool

// IsGraphic reports whether the rune is a Unicode graphic character.
func IsGraphic(r rune) bool

func unquote(s string) (string, bool)
func quotedPrefix(s string) (string, bool)
func unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool)

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go string literal.
func Unquote(s string) (string, error) {
	out, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

// QuotedPrefix returns the quoted string at the prefix of s.
func QuotedPrefix(s string) (string, error) {
	out, ok := quotedPrefix(s)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

// UnquoteChar decodes the first character or byte in the escaped string or character literal s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, t, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return v, mb, t, nil
}
