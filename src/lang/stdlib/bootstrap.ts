/**
 * Minimal fallbacks for packages fmt and the benchmarks need (errors, io, os, strings, strconv, sort,
 * math), registered only when lang-native's full packages are not registered. They keep `amigo run`
 * working end to end; the real packages (src/lang/stdlib/<pkg>, owned by lang-native) replace them.
 */
import { registerDefault, type NativeEnv } from './registry.ts'
import type { Slice, Iface } from '../runtime/value.ts'

registerDefault({
  path: 'errors',
  source: `package errors

func New(text string) error { return &errorString{text} }

type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	for {
		if err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if Is(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}
`
})

registerDefault({
  path: 'io',
  source: `package io

import "errors"

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Reader interface {
	Read(p []byte) (n int, err error)
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

var EOF = errors.New("EOF")

func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}
`
})

registerDefault({
  path: 'os',
  source: `package os

type File struct {
	fd int
}

var (
	Stdout = &File{1}
	Stderr = &File{2}
)

var Args = []string{"prog"}

func write(fd int, s string)

func (f *File) Write(b []byte) (n int, err error) {
	write(f.fd, string(b))
	return len(b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	write(f.fd, s)
	return len(s), nil
}

func Exit(code int)
`,
  natives: (env: NativeEnv) => ({
    write: (fd: number, s: string) => { if (fd === 2) env.writeStderr(s); else env.writeStdout(s) },
    Exit: (code: number) => { throw new env.rt.ExitError(code) }
  })
})

registerDefault({
  path: 'strings',
  source: `package strings

type Builder struct {
	s string
}

func (b *Builder) String() string { return b.s }
func (b *Builder) Len() int       { return len(b.s) }
func (b *Builder) Cap() int       { return len(b.s) }
func (b *Builder) Reset()         { b.s = "" }
func (b *Builder) Grow(n int)     {}
func (b *Builder) WriteString(s string) (int, error) {
	b.s += s
	return len(s), nil
}
func (b *Builder) WriteByte(c byte) error {
	b.s += string([]byte{c})
	return nil
}
func (b *Builder) WriteRune(r rune) (int, error) {
	s := string(r)
	b.s += s
	return len(s), nil
}
func (b *Builder) Write(p []byte) (int, error) {
	b.s += string(p)
	return len(p), nil
}

func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return +1
}

func Index(s, substr string) int
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }
func HasPrefix(s, prefix string) bool { return len(s) >= len(prefix) && s[0:len(prefix)] == prefix }
func HasSuffix(s, suffix string) bool { return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix }
func Repeat(s string, count int) string
func Join(elems []string, sep string) string
func ToUpper(s string) string
func ToLower(s string) string
func TrimSpace(s string) string
func Split(s, sep string) []string
`,
  natives: (env: NativeEnv) => ({
    Index: (s: string, sub: string) => s.indexOf(sub),
    Repeat: (s: string, n: number) => {
      if (n < 0) env.rt.panicRuntime('strings: negative Repeat count')
      env.allocate(s.length * n)
      return s.repeat(n)
    },
    Join: (a: Slice, sep: string) => { const xs: string[] = []; for (let i = 0; i < a.len; i++) xs.push(a.a[a.off + i]); return xs.join(sep) },
    ToUpper: (s: string) => s.replace(/[a-z]+/g, x => x.toUpperCase()),
    ToLower: (s: string) => s.replace(/[A-Z]+/g, x => x.toLowerCase()),
    TrimSpace: (s: string) => s.replace(/^[ \t\n\r\v\f]+|[ \t\n\r\v\f]+$/g, ''),
    Split: (s: string, sep: string) => env.rt.mkSlice(sep === '' ? [...s] : s.split(sep))
  })
})

registerDefault({
  path: 'strconv',
  source: `package strconv

func Itoa(i int) string
func FormatInt(i int64, base int) string
func Atoi(s string) (int, error)
`,
  natives: (env: NativeEnv) => ({
    Itoa: (i: number | bigint) => String(i),
    FormatInt: (i: bigint, base: number) => i.toString(base),
    Atoi: (s: string) => {
      if (/^[+-]?\d+$/.test(s)) { const n = BigInt(s); return [env.rt.norm(n), null] }
      return [0, new env.rt.Iface(env.rt.newType('ptr', '*strconv.NumError', { methods: { Error: () => `strconv.Atoi: parsing "${s}": invalid syntax` } }), {})]
    }
  })
})

registerDefault({
  path: 'sort',
  source: `package sort

func Strings(x []string)
func Ints(x []int)
func Float64s(x []float64)

func Slice(x any, less func(i, j int) bool) {
	n := length(x)
	// insertion sort: stable and deterministic (Go's pdqsort order may differ for equal elements)
	for i := 1; i < n; i++ {
		for j := i; j > 0 && less(j, j-1); j-- {
			swap(x, j, j-1)
		}
	}
}

func SliceStable(x any, less func(i, j int) bool) { Slice(x, less) }

func length(x any) int
func swap(x any, i, j int)
`,
  natives: () => {
    const sortSlice = (s: Slice, cmp: (a: any, b: any) => number): void => {
      const xs = Array.prototype.slice.call(s.a, s.off, s.off + s.len)
      xs.sort(cmp)
      for (let i = 0; i < xs.length; i++) s.a[s.off + i] = xs[i]
    }
    const lt = (a: any, b: any): number => a < b ? -1 : a > b ? 1 : 0
    return {
      Strings: (s: Slice) => sortSlice(s, lt),
      Ints: (s: Slice) => sortSlice(s, lt),
      Float64s: (s: Slice) => sortSlice(s, (a, b) => a < b || (a !== a && b === b) ? -1 : a > b || (b !== b && a === a) ? 1 : 0),
      length: (x: Iface) => (x.v as Slice).len,
      swap: (x: Iface, i: number, j: number) => {
        const s = x.v as Slice
        const t = s.a[s.off + i]; s.a[s.off + i] = s.a[s.off + j]; s.a[s.off + j] = t
      }
    }
  }
})

registerDefault({
  path: 'math',
  source: `package math

const (
	Pi      = 3.14159265358979323846264338327950288419716939937510582097494459
	E       = 2.71828182845904523536028747135266249775724709369995957496696763
	MaxInt64 = 1<<63 - 1
	MinInt64 = -1 << 63
	MaxInt   = 1<<63 - 1
	MinInt   = -1 << 63
	MaxInt32 = 1<<31 - 1
	MinInt32 = -1 << 31
	MaxUint32 = 1<<32 - 1
	MaxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))
)

func Sqrt(x float64) float64
func Abs(x float64) float64
func Floor(x float64) float64
func Ceil(x float64) float64
func Inf(sign int) float64
func NaN() float64
func IsNaN(f float64) bool { return f != f }
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}
`,
  natives: () => ({
    Sqrt: (x: number) => Math.sqrt(x),
    Abs: (x: number) => Math.abs(x),
    Floor: (x: number) => Math.floor(x),
    Ceil: (x: number) => Math.ceil(x),
    Inf: (s: number) => s >= 0 ? Infinity : -Infinity,
    NaN: () => NaN
  })
})

registerDefault({
  path: 'runtime',
  source: `package runtime

// Error identifies a run time error (index out of range, nil map write, failed type assertion…).
type Error interface {
	error
	RuntimeError()
}

func GC() {}

const GOOS = "amigo"
const GOARCH = "js"
`
})
