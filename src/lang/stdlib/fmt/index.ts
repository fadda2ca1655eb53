/**
 * Package fmt: Go declarations (printing to io.Writer, Errorf wrapping written in Go) and the native
 * formatter (print.ts). Strings are Go byte strings.
 *
 * @example
 * ```go
 * fmt.Printf("%5.2f|%-4d|%q\n", 3.14159, 7, "hi")
 * ```
 */
import type { NativeEnv } from '../package.ts'
import { sprint, sprintln, sprintf } from '../../runtime/format.ts'
import type { Iface, Slice } from '../../runtime/value.ts'

export { sprint, sprintln, sprintf, formatValue } from '../../runtime/format.ts'
export { formatFloat } from '../../native/strconv/ftoa.ts'

const source = `package fmt

import (
	"errors"
	"io"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Printf(format string, a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	if sw, ok := w.(io.StringWriter); ok {
		return sw.WriteString(Sprintf(format, a...))
	}
	return w.Write([]byte(Sprintf(format, a...)))
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	if sw, ok := w.(io.StringWriter); ok {
		return sw.WriteString(Sprint(a...))
	}
	return w.Write([]byte(Sprint(a...)))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	if sw, ok := w.(io.StringWriter); ok {
		return sw.WriteString(Sprintln(a...))
	}
	return w.Write([]byte(Sprintln(a...)))
}

func errorf(format string, a []any) (string, []any)

func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	var errs []error
	for _, w := range wrapped {
		if e, ok := w.(error); ok {
			errs = append(errs, e)
		}
	}
	switch len(errs) {
	case 0:
		if len(wrapped) == 0 {
			return errors.New(s)
		}
		return &wrapError{msg: s}
	case 1:
		return &wrapError{msg: s, err: errs[0]}
	}
	return &wrapErrors{msg: s, errs: errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }
`

function args (s: Slice): Array<Iface | null> {
  const out: Array<Iface | null> = new Array(s.len)
  for (let i = 0; i < s.len; i++) out[i] = s.a[s.off + i]
  return out
}

export default ({
  path: 'fmt',
  source,
  natives: (env: NativeEnv) => ({
    Sprintf: (f: string, a: Slice) => sprintf(f, args(a)),
    Sprint: (a: Slice) => sprint(args(a)),
    Sprintln: (a: Slice) => sprintln(args(a)),
    Printf: (f: string, a: Slice) => { const s = sprintf(f, args(a)); env.writeStdout(s); return [s.length, null] },
    Print: (a: Slice) => { const s = sprint(args(a)); env.writeStdout(s); return [s.length, null] },
    Println: (a: Slice) => { const s = sprintln(args(a)); env.writeStdout(s); return [s.length, null] },
    errorf: (f: string, a: Slice) => {
      const wrapped: Array<Iface | null> = []
      const s = sprintf(f, args(a), wrapped)
      return [s, env.rt.mkSlice(wrapped)]
    }
  })
})
