/**
 * Checks one line of Go's math/cmplx output (scripts/native/cmplxcompare) against
 * src/lang/native/cmplx: undefined when every bit agrees (any NaN matching any NaN), else a message.
 */
import * as z from '../../../src/lang/native/cmplx/index.ts'
import { floatFromHexBits as num, hexBitsOfFloat as hex } from './fixtures.ts'

const unary: Record<string, (x: z.C) => z.C> = {
  Atan: z.atan,
  Tan: z.tan,
  Cot: z.cot,
  Asin: z.asin,
  Acos: z.acos,
  Asinh: z.asinh,
  Acosh: z.acosh,
  Atanh: z.atanh,
  Sqrt: z.sqrt,
  Exp: z.exp,
  Log: z.log,
  Log10: z.log10,
  Sin: z.sin,
  Cos: z.cos,
  Sinh: z.sinh,
  Cosh: z.cosh,
  Tanh: z.tanh
}

const same = (x: number, h: string): boolean => (x !== x && num(h) !== num(h)) || hex(x) === h.padStart(16, '0')

export function checkCmplxLine (fields: string[]): string | undefined {
  const [name, ...a] = fields
  const x = { re: num(a[0]), im: num(a[1]) }
  const [r, want] = name === 'Pow'
    ? [z.pow(x, { re: num(a[2]), im: num(a[3]) }), a.slice(4)]
    : [unary[name](x), a.slice(2)]
  if (same(r.re, want[0]) && same(r.im, want[1])) return undefined
  return `${name}(${x.re}, ${x.im}${name === 'Pow' ? `; ${num(a[2])}, ${num(a[3])}` : ''}) = (${r.re}, ${r.im}), Go: (${num(want[0])}, ${num(want[1])})`
}
