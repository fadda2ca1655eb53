/**
 * Checks one line of Go's math output (the fixture test/lang/native/fixtures/math.txt, or
 * scripts/native/mathcompare) against src/lang/native/math: undefined when every bit agrees (any
 * NaN matching any NaN), else a message. The one table of Go function names for both.
 */
import * as m from '../../../src/lang/native/math/index.ts'
import { floatFromHexBits as fb, hexBitsOfFloat as hb } from './fixtures.ts'

/** Go's func(float64) float64 functions */
const one: Record<string, (x: number) => number> = {
  Sqrt: m.sqrt,
  Floor: m.floor,
  Ceil: m.ceil,
  Trunc: m.trunc,
  Round: m.round,
  RoundToEven: m.roundToEven,
  Abs: m.abs,
  Exp: m.exp,
  Exp2: m.exp2,
  Expm1: m.expm1,
  Log: m.log,
  Log2: m.log2,
  Log10: m.log10,
  Log1p: m.log1p,
  Sin: m.sin,
  Cos: m.cos,
  Tan: m.tan,
  Asin: m.asin,
  Acos: m.acos,
  Atan: m.atan,
  Sinh: m.sinh,
  Cosh: m.cosh,
  Tanh: m.tanh,
  Asinh: m.asinh,
  Acosh: m.acosh,
  Atanh: m.atanh,
  Cbrt: m.cbrt,
  Gamma: m.gamma,
  Erf: m.erf,
  Erfc: m.erfc
}
/** Go's func(float64, float64) float64 functions */
const two: Record<string, (x: number, y: number) => number> = {
  Pow: m.pow,
  Atan2: m.atan2,
  Hypot: m.hypot,
  Mod: m.mod,
  Remainder: m.remainder,
  Max: m.max,
  Min: m.min,
  Dim: m.dim,
  Copysign: m.copysign,
  Nextafter: m.nextafter,
  Nextafter32: m.nextafter32
}

/** Equal bits, except that any NaN matches any NaN (JS cannot carry NaN payloads or signs). */
function same (got: number, wantHex: string): boolean {
  const want = fb(wantHex)
  if (Number.isNaN(want)) return Number.isNaN(got)
  return hb(got) === wantHex.padStart(16, '0')
}

/** `fields`: the Go function's name, its arguments, then its results (floats as hex bits). */
export function checkMathLine (fields: string[]): string | undefined {
  const [name, ...args] = fields
  let ok: boolean
  let got: string
  switch (name) {
    case 'Modf': { const [i, f] = m.modf(fb(args[0])); ok = same(i, args[1]) && same(f, args[2]); got = hb(i) + ' ' + hb(f); break }
    case 'Sincos': { const [s, co] = m.sincos(fb(args[0])); ok = same(s, args[1]) && same(co, args[2]); got = hb(s) + ' ' + hb(co); break }
    case 'Frexp': { const [f, e] = m.frexp(fb(args[0])); ok = same(f, args[1]) && e === Number(args[2]); got = hb(f) + ' ' + e; break }
    case 'Ldexp': { const r = m.ldexp(fb(args[0]), Number(args[1])); ok = same(r, args[2]); got = hb(r); break }
    case 'FMA': { const r = m.fma(fb(args[0]), fb(args[1]), fb(args[2])); ok = same(r, args[3]); got = hb(r); break }
    case 'Lgamma': { const [lg, sg] = m.lgamma(fb(args[0])); ok = same(lg, args[1]) && sg === Number(args[2]); got = hb(lg) + ' ' + sg; break }
    case 'Pow10': { const r = m.pow10(Number(args[0])); ok = same(r, args[1]); got = hb(r); break }
    default:
      if (one[name] !== undefined) {
        const r = one[name](fb(args[0])); ok = same(r, args[1]); got = hb(r)
      } else if (two[name] !== undefined) {
        const r = two[name](fb(args[0]), fb(args[1])); ok = same(r, args[2]); got = hb(r)
      } else {
        return `${name}: not a math function this check knows`
      }
  }
  return ok ? undefined : `${name}(${args.slice(0, -1).map(a => a.length > 8 ? fb(a) : a).join(', ')}) = ${got}, Go: ${args.slice(-1)[0]}`
}
