/** Test helpers: parse + check Go source with a tiny importer of Go declaration stubs. */
import { parseFile, FileSet } from '../../../src/lang/syntax/index.ts'
import { check, type Package, type CheckResult } from '../../../src/lang/types/index.ts'
import { stdStubs } from './stdstubs.ts'
import { modernStubs } from './modernstubs.ts'

/** Go declaration stubs (functions without bodies are legal and mean "native"). */
export const stubs: Record<string, string> = {
  io: `package io
type Writer interface { Write(p []byte) (n int, err error) }
type Reader interface { Read(p []byte) (n int, err error) }
`,
  fmt: `package fmt
import "io"
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)
type Stringer interface { String() string }
type State interface { Write(b []byte) (n int, err error) }
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Errorf(format string, a ...any) error
`,
  strings: `package strings
type Builder struct { buf []byte }
func (b *Builder) WriteString(s string) (int, error)
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) String() string
func (b *Builder) Len() int
func Repeat(s string, n int) string
func Compare(a, b string) int
func Split(s, sep string) []string
func Join(elems []string, sep string) string
func Contains(s, substr string) bool
func HasPrefix(s, prefix string) bool
func ToUpper(s string) string
func Fields(s string) []string
func TrimSpace(s string) string
func Index(s, substr string) int
`,
  strconv: `package strconv
func Itoa(i int) string
func Atoi(s string) (int, error)
func FormatInt(i int64, base int) string
func Quote(s string) string
`,
  sort: `package sort
type Interface interface { Len() int; Less(i, j int) bool; Swap(i, j int) }
func Strings(x []string)
func Ints(x []int)
func Slice(x any, less func(i, j int) bool)
func Sort(data Interface)
`,
  math: `package math
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const MaxInt64 = 1<<63 - 1
func Sqrt(x float64) float64
func Abs(x float64) float64
func Floor(x float64) float64
`,
  errors: `package errors
func New(text string) error
func Is(err, target error) bool
`,
  os: `package os
import "io"
var Stdout io.Writer
var Stderr io.Writer
func Exit(code int)
`,
}

export function makeImporter (fset: FileSet, full = false): (path: string) => Package | null {
  const cache = new Map<string, Package>()
  const importer = (path: string): Package | null => {
    const hit = cache.get(path)
    if (hit) return hit
    const src = full ? (path === 'os' ? stubs.os : modernStubs[path] ?? stdStubs[path]) : (stubs[path] ?? modernStubs[path] ?? stdStubs[path])
    if (src === undefined) return null
    const { file, errors } = parseFile(path + '.go', src, { fset })
    if (errors.length) throw new Error(`stub ${path}: ${errors[0].message}`)
    const r = check([file], importer, { path, fset })
    if (r.errors.length) throw new Error(`stub ${path}: ${r.errors[0].message}`)
    cache.set(path, r.pkg)
    return r.pkg
  }
  return importer
}

export interface Checked extends CheckResult {
  fset: FileSet
  /** error lines as gc prints them (without the leading ./) */
  lines: string[]
}

/** parses and checks one or more files of a package */
export function checkSource (src: string | Record<string, string>, name = 'prog.go', full = false): Checked {
  const fset = new FileSet()
  const files = typeof src === 'string' ? { [name]: src } : src
  const asts = Object.entries(files).map(([n, text]) => {
    const r = parseFile(n, text, { fset })
    if (r.errors.length) throw new Error(`syntax: ${r.errors.map(e => e.message).join('; ')}`)
    return r.file
  })
  const r = check(asts, makeImporter(fset, full), { fset })
  return { ...r, fset, lines: r.errors.map(e => e.message) }
}
