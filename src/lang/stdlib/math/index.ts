/**
 * Package math: Go declarations (math.go) bound to src/lang/native/math, whose results equal
 * Go 1.19 on amd64 bit for bit. uint64 values cross as bigint, int as number|bigint.
 *
 * @example
 * ```go
 * fmt.Println(math.Sin(1), math.Pow(2, 0.5))
 * ```
 */
import { sources, names } from './source.ts'
import * as m from '../../native/math/index.ts'

const int = (x: number | bigint): number => typeof x === 'number' ? x : (x > 0n ? Infinity : -Infinity)

export const natives = (): Record<string, (...a: any[]) => any> => ({
  Abs: m.abs,
  Acos: m.acos,
  Acosh: m.acosh,
  Asin: m.asin,
  Asinh: m.asinh,
  Atan: m.atan,
  Atan2: m.atan2,
  Atanh: m.atanh,
  Cbrt: m.cbrt,
  Ceil: m.ceil,
  Copysign: m.copysign,
  Cos: m.cos,
  Cosh: m.cosh,
  Dim: m.dim,
  Erf: m.erf,
  Erfc: m.erfc,
  Exp: m.exp,
  Exp2: m.exp2,
  Expm1: m.expm1,
  FMA: m.fma,
  Float32bits: (f: number) => m.float32bits(f),
  Float32frombits: (b: number) => m.float32frombits(b),
  // JS arithmetic does not keep NaN payloads: a NaN reads as Go's math.NaN() (0x7FF8000000000001)
  Float64bits: (f: number) => f !== f ? 0x7ff8000000000001n : m.float64bits(f),
  Float64frombits: (b: bigint) => m.float64frombits(b),
  Floor: m.floor,
  Frexp: (f: number) => { const [fr, e] = m.frexp(f); return [fr, e] },
  Gamma: m.gamma,
  Hypot: m.hypot,
  Inf: (sign: number | bigint) => (typeof sign === 'number' ? sign >= 0 : sign >= 0n) ? Infinity : -Infinity,
  Ldexp: (frac: number, exp: number | bigint) => m.ldexp(frac, Math.max(-100000, Math.min(100000, int(exp)))),
  Lgamma: (x: number) => m.lgamma(x),
  Log: m.log,
  Log10: m.log10,
  Log1p: m.log1p,
  Log2: m.log2,
  Max: m.max,
  Min: m.min,
  Mod: m.mod,
  Modf: (f: number) => m.modf(f),
  NaN: () => NaN,
  Nextafter: m.nextafter,
  Nextafter32: m.nextafter32,
  Pow: m.pow,
  Pow10: (n: number | bigint) => m.pow10(Math.max(-100000, Math.min(100000, int(n)))),
  Remainder: m.remainder,
  Round: m.round,
  RoundToEven: m.roundToEven,
  Signbit: m.signbit,
  Sin: m.sin,
  Sincos: (x: number) => m.sincos(x),
  Sinh: m.sinh,
  Sqrt: m.sqrt,
  Tan: m.tan,
  Tanh: m.tanh,
  Trunc: m.trunc
})

export default ({ path: 'math', source: sources, names, natives })
