/**
 * Package math/cmplx: declarations (cmplx.go) bound to src/lang/native/cmplx, whose results equal
 * Go 1.19's on amd64 bit for bit.
 *
 * @example
 * ```go
 * cmplx.Abs(3 + 4i) // 5
 * ```
 */
import { sources, names } from './source.ts'
import { cmk, type Complex } from '../../../runtime/complex.ts'
import * as z from '../../../native/cmplx/index.ts'

type Unary = (x: z.C) => z.C
const lift = (f: Unary) => (x: Complex): Complex => { const r = f(x); return cmk(r.re, r.im) }

const unary: Record<string, Unary> = {
  Exp: z.exp,
  Log: z.log,
  Log10: z.log10,
  Sqrt: z.sqrt,
  Sin: z.sin,
  Cos: z.cos,
  Sinh: z.sinh,
  Cosh: z.cosh,
  Tan: z.tan,
  Tanh: z.tanh,
  Cot: z.cot,
  Asin: z.asin,
  Acos: z.acos,
  Asinh: z.asinh,
  Acosh: z.acosh,
  Atan: z.atan,
  Atanh: z.atanh
}

export const natives = (): Record<string, (...a: any[]) => any> => {
  const out: Record<string, (...a: any[]) => any> = {
    Abs: z.abs,
    Phase: z.phase,
    Polar: z.polar,
    Rect: (r: number, theta: number) => { const v = z.rect(r, theta); return cmk(v.re, v.im) },
    IsInf: z.isInf,
    IsNaN: z.isNaN,
    Pow: (x: Complex, y: Complex) => { const r = z.pow(x, y); return cmk(r.re, r.im) }
  }
  for (const [name, f] of Object.entries(unary)) out[name] = lift(f)
  return out
}

export default ({ path: 'math/cmplx', source: sources, names, natives })
