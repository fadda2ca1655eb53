// FormatComplex and ParseComplex for Amigo, written over the native float parser
// (parseFloatPrefix, whose result code is 0 for success, 1 for a syntax error, 2 out of range).

package strconv

func parseFloatPrefix(s string, bitSize int) (float64, int, int)

// FormatComplex formats c as (a+bi), each part as FormatFloat formats it with fmt and prec;
// bitSize is 64 for complex64 (float32 parts) or 128 for complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	partSize := bitSize / 2
	re := FormatFloat(real(c), fmt, prec, partSize)
	im := FormatFloat(imag(c), fmt, prec, partSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im // NaN and +Inf carry their own sign
	}
	return "(" + re + im + "i)"
}

// complexInput walks the text of a complex number; a part out of range is remembered (the
// value is still ±Inf or 0) and reported only if the whole text is well formed.
type complexInput struct {
	orig, rest string
	size       int
	outOfRange bool
}

func (in *complexInput) fail() error { return &NumError{"ParseComplex", in.orig, ErrSyntax} }

// part reads one float from the front of the rest; ok is false on a syntax error.
func (in *complexInput) part() (v float64, ok bool) {
	v, n, code := parseFloatPrefix(in.rest, in.size)
	if code == 1 {
		return 0, false
	}
	in.outOfRange = in.outOfRange || code == 2
	in.rest = in.rest[n:]
	return v, true
}

func (in *complexInput) result(c complex128) (complex128, error) {
	if in.outOfRange {
		return c, &NumError{"ParseComplex", in.orig, ErrRange}
	}
	return c, nil
}

// ParseComplex reads a complex number written N, Ni or N±Ni (optionally in parentheses, no
// spaces), each N as ParseFloat reads it, with float32 precision for bitSize 64 and float64
// otherwise. Errors are *NumError with Num = s.
func ParseComplex(s string, bitSize int) (complex128, error) {
	in := &complexInput{orig: s, rest: s, size: 64}
	if bitSize == 64 {
		in.size = 32
	}
	if n := len(s); n >= 2 && s[0] == '(' && s[n-1] == ')' {
		in.rest = s[1 : n-1]
	}
	first, ok := in.part()
	if !ok {
		return 0, in.fail()
	}
	switch {
	case in.rest == "":
		return in.result(complex(first, 0))
	case in.rest == "i":
		return in.result(complex(0, first))
	case in.rest[0] == '+':
		// drop the plus (the float parser takes no sign before NaN), unless a second one follows
		if len(in.rest) > 1 && in.rest[1] != '+' {
			in.rest = in.rest[1:]
		}
	case in.rest[0] != '-':
		return 0, in.fail()
	}
	second, ok := in.part()
	if !ok || in.rest != "i" {
		return 0, in.fail()
	}
	return in.result(complex(first, second))
}
