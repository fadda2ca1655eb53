/**
 * Go's math package with results identical, bit for bit, to Go 1.19 on amd64 (with FMA, as every
 * current x86-64 server has): Go's own pure-Go algorithms ported operation by operation, and the
 * amd64 assembly versions (Exp, Log, Hypot) ported instruction by instruction. No host
 * transcendental (Math.sin, Math.exp, Math.pow…) is used; only exact operations (Math.sqrt,
 * Math.floor, Math.trunc, Math.abs) are.
 *
 * @example
 * ```ts
 * import { exp, sin, pow } from './index.ts'
 * exp(1)      // 2.718281828459045
 * pow(2, 0.5) // 1.4142135623730951
 * ```
 */
import { hiBits, loBits, fromBits, float64bits, float64frombits, float32bits, float32frombits } from '../float.ts'
import { fma } from './fma.ts'

export { fma, float64bits, float64frombits, float32bits, float32frombits }

export const Pi = fromBits(0x400921fb, 0x54442d18)
export const E = fromBits(0x4005bf0a, 0x8b145769)
export const Sqrt2 = fromBits(0x3ff6a09e, 0x667f3bcd)
export const SqrtE = fromBits(0x3ffa6129, 0x8e1e069c)
export const SqrtPi = fromBits(0x3ffc5bf8, 0x91b4ef6b)
export const SqrtPhi = fromBits(0x3ff45a31, 0x46a88456)
export const Phi = fromBits(0x3ff9e377, 0x9b97f4a8)
export const Ln2 = fromBits(0x3fe62e42, 0xfefa39ef)
export const Log2E = fromBits(0x3ff71547, 0x652b82fe)
export const Ln10 = fromBits(0x40026bb1, 0xbbb55516)
export const Log10E = fromBits(0x3fdbcb7b, 0x1526e50e)
export const MaxFloat64 = fromBits(0x7fefffff, 0xffffffff)
export const SmallestNonzeroFloat64 = fromBits(0, 1)
export const MaxFloat32 = float32frombits(0x7f7fffff)
export const SmallestNonzeroFloat32 = float32frombits(1)

// Go folds constant expressions exactly and rounds once; these are those rounded values.
const FourOverPi = fromBits(0x3ff45f30, 0x6dc9c883)
const PiOver4 = fromBits(0x3fe921fb, 0x54442d18)
const PiOver2 = fromBits(0x3ff921fb, 0x54442d18)
const ThreePiOver4 = fromBits(0x4002d97c, 0x7f3321d2)
const InvLn10 = fromBits(0x3fdbcb7b, 0x1526e50e)
const InvLn2 = fromBits(0x3ff71547, 0x652b82fe)
const SmallestNormal = fromBits(0x00100000, 0)

// Go's math.NaN() is the quiet NaN with payload 1; JS cannot keep NaN payloads through arithmetic.
export function NaN_ (): number { return NaN }
export function inf (sign: number): number { return sign >= 0 ? Infinity : -Infinity }
export function isNaN (x: number): boolean { return x !== x }
export function isInf (x: number, sign: number): boolean {
  return (sign >= 0 && x === Infinity) || (sign <= 0 && x === -Infinity)
}
export function signbit (x: number): boolean { return (hiBits(x) >>> 31) !== 0 }
export function copysign (f: number, sign: number): number {
  const s = hiBits(sign) & 0x80000000
  return fromBits((hiBits(f) & 0x7fffffff) | s, loBits(f))
}
export function abs (x: number): number { return Math.abs(x) }
export function sqrt (x: number): number { return Math.sqrt(x) }
export function floor (x: number): number { return Math.floor(x) }
export function ceil (x: number): number { return Math.ceil(x) }
export function trunc (x: number): number { return Math.trunc(x) }

/** math.Round: half away from zero. */
export function round (x: number): number {
  const t = Math.trunc(x)
  const d = x - t // exact
  if (d >= 0.5) return t + 1
  if (d <= -0.5) return t - 1
  return t
}
/** math.RoundToEven. */
export function roundToEven (x: number): number {
  const t = Math.trunc(x)
  const d = Math.abs(x - t)
  if (d > 0.5 || (d === 0.5 && t % 2 !== 0)) return x > 0 ? t + 1 : t - 1
  return t
}

/** math.Modf: [int, frac]. */
export function modf (f: number): [number, number] {
  if (f < 1) {
    if (f < 0) { const [i, fr] = modf(-f); return [-i, -fr] }
    if (f === 0) return [f, f]
    return [0, f]
  }
  const i = Math.trunc(f)
  return [i, f - i]
}

function normalize (x: number): [number, number] {
  if (Math.abs(x) < SmallestNormal) return [x * 4503599627370496, -52]
  return [x, 0]
}

/** math.Frexp: [frac, exp] with frac in [0.5, 1). */
export function frexp (f: number): [number, number] {
  if (f === 0 || !Number.isFinite(f)) return [f, 0]
  let exp: number
  [f, exp] = normalize(f)
  const hi = hiBits(f)
  exp += ((hi >>> 20) & 0x7ff) - 1023 + 1
  return [fromBits((hi & 0x800fffff) | (1022 << 20), loBits(f)), exp]
}

/** math.Ldexp: frac × 2^exp. */
export function ldexp (frac: number, exp: number): number {
  if (frac === 0 || !Number.isFinite(frac)) return frac
  let e: number
  [frac, e] = normalize(frac)
  exp += e
  const hi = hiBits(frac)
  exp += ((hi >>> 20) & 0x7ff) - 1023
  if (exp < -1075) return copysign(0, frac)
  if (exp > 1023) return frac < 0 ? -Infinity : Infinity
  let m = 1
  if (exp < -1022) { exp += 53; m = 1 / 9007199254740992 }
  return m * fromBits((hi & 0x800fffff) | ((exp + 1023) << 20), loBits(frac))
}

/** math.Mod: x - y×trunc(x/y), exactly. */
export function mod (x: number, y: number): number {
  if (y === 0 || !Number.isFinite(x) || x !== x || y !== y) return NaN
  y = Math.abs(y)
  const [yfr, yexp] = frexp(y)
  let r = x < 0 ? -x : x
  while (r >= y) {
    let [rfr, rexp] = frexp(r)
    if (rfr < yfr) rexp = rexp - 1
    r = r - ldexp(y, rexp - yexp)
  }
  if (x < 0) r = -r
  return r
}

/** math.Remainder (IEEE 754 remainder). */
export function remainder (x: number, y: number): number {
  const Tiny = 4.45014771701440276618e-308
  const HalfMax = MaxFloat64 / 2
  if (x !== x || y !== y || !Number.isFinite(x) || y === 0) return NaN
  if (!Number.isFinite(y)) return x
  let sign = false
  if (x < 0) { x = -x; sign = true }
  if (y < 0) y = -y
  if (x === y) return sign ? -0 : 0
  if (y <= HalfMax) x = mod(x, y + y)
  if (y < Tiny) {
    if (x + x > y) { x -= y; if (x + x >= y) x -= y }
  } else {
    const yHalf = 0.5 * y
    if (x > yHalf) { x -= y; if (x >= yHalf) x -= y }
  }
  return sign ? -x : x
}

export function dim (x: number, y: number): number {
  const v = x - y
  return v <= 0 ? 0 : v
}
export function max (x: number, y: number): number {
  if (x === Infinity || y === Infinity) return Infinity
  if (x !== x || y !== y) return NaN
  if (x === 0 && x === y) return signbit(x) ? y : x
  return x > y ? x : y
}
export function min (x: number, y: number): number {
  if (x === -Infinity || y === -Infinity) return -Infinity
  if (x !== x || y !== y) return NaN
  if (x === 0 && x === y) return signbit(x) ? x : y
  return x < y ? x : y
}

/** math.Nextafter. */
export function nextafter (x: number, y: number): number {
  if (x !== x || y !== y) return NaN
  if (x === y) return x
  if (x === 0) return copysign(fromBits(0, 1), y)
  const b = float64bits(x)
  return float64frombits((y > x) === (x > 0) ? b + 1n : b - 1n)
}
/** math.Nextafter32 (on float32 values held in numbers). */
export function nextafter32 (x: number, y: number): number {
  x = Math.fround(x); y = Math.fround(y)
  if (x !== x || y !== y) return NaN
  if (x === y) return x
  if (x === 0) return copysign(float32frombits(1), y)
  const b = float32bits(x)
  return float32frombits((y > x) === (x > 0) ? b + 1 : b - 1)
}

// ---- exp, log (amd64 assembly versions) ----

const LN2U = 0.69314718055966295651160180568695068359375
const LN2L = 0.28235290563031577122588448175013436025525412068e-12
const LOG2E = 1.4426950408889634073599246810018920
const ExpOverflow = 7.09782712893384e+02
const expC = [2.4801587301587301587e-5, 1.9841269841269841270e-4, 1.3888888888888888889e-3, 8.3333333333333333333e-3, 4.1666666666666666667e-2, 1.6666666666666666667e-1, 0.5, 1.0]

/** CVTSD2SL: convert to int32 rounding to nearest even; out of range gives the "integer indefinite". */
function cvtsd2sl (v: number): number {
  const r = roundToEven(v)
  if (!(r >= -2147483648 && r <= 2147483647)) return -2147483648
  return r
}

/** math.Exp, as Go's amd64 assembly (FMA path). */
export function exp (x: number): number {
  if (!Number.isFinite(x)) {
    if (x === -Infinity) return 0
    return x
  }
  if (x > ExpOverflow) return Infinity
  let bx = cvtsd2sl(LOG2E * x)
  const k = bx
  // LN2U has 41 significant bits: for |k| < 2^12 the product is exact and the FMA is one rounding
  let x0 = k > -4096 && k < 4096 ? x - k * LN2U : fma(-k, LN2U, x)
  x0 = fma(-k, LN2L, x0)
  x0 *= 0.0625
  let x1 = expC[0]
  for (let i = 1; i < 8; i++) x1 = fma(x1, x0, expC[i])
  x0 = x1 * x0
  x1 = x0 + 2; x0 = x1 * x0
  x1 = x0 + 2; x0 = x1 * x0
  x1 = x0 + 2; x0 = x1 * x0
  x1 = x0 + 2; x0 = fma(x0, x1, 1)
  bx += 0x3ff
  if (bx <= 0) {
    if (bx < -52) return 0
    x0 *= fromBits((bx + 0x3fe) << 20, 0)
    bx = 1
  } else if (bx >= 0x7ff) {
    return Infinity
  }
  return x0 * fromBits(bx << 20, 0)
}

const HSqrt2 = 7.07106781186547524401e-01
const Ln2Hi = 6.93147180369123816490e-01
const Ln2Lo = 1.90821492927058770002e-10
const L1 = 6.666666666666735130e-01
const L2 = 3.999999999940941908e-01
const L3 = 2.857142874366239149e-01
const L4 = 2.222219843214978396e-01
const L5 = 1.818357216161805012e-01
const L6 = 1.531383769920937332e-01
const L7 = 1.479819860511658591e-01

/** math.Log, as Go's amd64 assembly. */
export function log (x: number): number {
  const hi = hiBits(x); const lo = loBits(x)
  if ((hi & 0x7fffffff) === 0 && lo === 0) return -Infinity
  if ((hi >>> 31) !== 0) return NaN
  if (hi >= 0x7ff00000) return x
  let f1 = fromBits((hi & 0x000fffff) | 0x3fe00000, lo)
  let k = ((hi >>> 20) & 0x7ff) - 0x3fe
  if (!(HSqrt2 < f1)) { k -= 1; f1 *= 2 }
  const f = f1 - 1
  const s = f / (2 + f)
  const s2 = s * s
  const s4 = s2 * s2
  const t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)))
  const t2 = s4 * (L2 + s4 * (L4 + s4 * L6))
  const R = t1 + t2
  const hfsq = 0.5 * f * f
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f)
}

export function log10 (x: number): number { return log(x) * InvLn10 }
export function log2 (x: number): number {
  const [frac, e] = frexp(x)
  if (frac === 0.5) return e - 1
  return log(frac) * InvLn2 + e
}

function expmulti (hi: number, lo: number, k: number): number {
  const P1 = 1.66666666666666657415e-01
  const P2 = -2.77777777770155933842e-03
  const P3 = 6.61375632143793436117e-05
  const P4 = -1.65339022054652515390e-06
  const P5 = 4.13813679705723846039e-08
  const r = hi - lo
  const t = r * r
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))))
  const y = 1 - ((lo - (r * c) / (2 - c)) - hi)
  return ldexp(y, k)
}

/** math.Exp2 (pure Go on amd64). */
export function exp2 (x: number): number {
  const Overflow = 1.0239999999999999e+03
  const Underflow = -1.0740e+03
  if (x !== x || x === Infinity) return x
  if (x === -Infinity) return 0
  if (x > Overflow) return Infinity
  if (x < Underflow) return 0
  let k = 0
  if (x > 0) k = Math.trunc(x + 0.5)
  else if (x < 0) k = Math.trunc(x - 0.5)
  const t = x - k
  const hi = t * Ln2Hi
  const lo = -t * Ln2Lo
  return expmulti(hi, lo, k)
}

/** math.Expm1. */
export function expm1 (x: number): number {
  const Othreshold = 7.09782712893383973096e+02
  const Ln2X56 = 3.88162421113569373274e+01
  const Ln2HalfX3 = 1.03972077083991796413e+00
  const Ln2Half = 3.46573590279972654709e-01
  const InvLn2c = 1.44269504088896338700e+00
  const Tiny = 1.0 / 18014398509481984
  const Q1 = -3.33333333333331316428e-02
  const Q2 = 1.58730158725481460165e-03
  const Q3 = -7.93650757867487942473e-05
  const Q4 = 4.00821782732936239552e-06
  const Q5 = -2.01099218183624371326e-07
  if (x === Infinity || x !== x) return x
  if (x === -Infinity) return -1
  let absx = x
  let sign = false
  if (x < 0) { absx = -absx; sign = true }
  if (absx >= Ln2X56) {
    if (sign) return -1
    if (absx >= Othreshold) return Infinity
  }
  let c = 0
  let k = 0
  if (absx > Ln2Half) {
    let hi: number, lo: number
    if (absx < Ln2HalfX3) {
      if (!sign) { hi = x - Ln2Hi; lo = Ln2Lo; k = 1 } else { hi = x + Ln2Hi; lo = -Ln2Lo; k = -1 }
    } else {
      k = !sign ? Math.trunc(InvLn2c * x + 0.5) : Math.trunc(InvLn2c * x - 0.5)
      const t = k
      hi = x - t * Ln2Hi
      lo = t * Ln2Lo
    }
    x = hi - lo
    c = (hi - x) - lo
  } else if (absx < Tiny) {
    return x
  } else {
    k = 0
  }
  const hfx = 0.5 * x
  const hxs = x * hfx
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))))
  let t = 3 - r1 * hfx
  let e = hxs * ((r1 - t) / (6.0 - x * t))
  if (k === 0) return x - (x * e - hxs)
  e = (x * (e - c) - c)
  e -= hxs
  if (k === -1) return 0.5 * (x - e) - 0.5
  if (k === 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5))
    return 1 + 2 * (x - e)
  }
  const addExp = (y: number, kk: number): number => fromBits((hiBits(y) + (kk << 20)) >>> 0, loBits(y))
  if (k <= -2 || k > 56) {
    let y = 1 - (e - x)
    y = addExp(y, k)
    return y - 1
  }
  if (k < 20) {
    t = float64frombits(0x3ff0000000000000n - (0x20000000000000n >> BigInt(k)))
    let y = t - (e - x)
    y = addExp(y, k)
    return y
  }
  t = fromBits((0x3ff - k) << 20, 0)
  let y = x - (e + t)
  y++
  y = addExp(y, k)
  return y
}

/** math.Log1p. */
export function log1p (x: number): number {
  const Sqrt2M1 = 4.142135623730950488017e-01
  const Sqrt2HalfM1 = -2.928932188134524755992e-01
  const Small = 1.0 / 536870912
  const Tiny = 1.0 / 18014398509481984
  const Two53 = 9007199254740992
  const Lp1 = 6.666666666666735130e-01
  const Lp2 = 3.999999999940941908e-01
  const Lp3 = 2.857142874366239149e-01
  const Lp4 = 2.222219843214978396e-01
  const Lp5 = 1.818357216161805012e-01
  const Lp6 = 1.531383769920937332e-01
  const Lp7 = 1.479819860511658591e-01
  if (x < -1 || x !== x) return NaN
  if (x === -1) return -Infinity
  if (x === Infinity) return Infinity
  const absx = Math.abs(x)
  let f = 0
  let iuHi = 0; let iuLo = 0 // iu as hi:lo 32-bit halves
  let k = 1
  if (absx < Sqrt2M1) {
    if (absx < Small) {
      if (absx < Tiny) return x
      return x - x * x * 0.5
    }
    if (x > Sqrt2HalfM1) { k = 0; f = x; iuHi = 0; iuLo = 1 }
  }
  let c = 0
  if (k !== 0) {
    let u: number
    if (absx < Two53) {
      u = 1.0 + x
      iuHi = hiBits(u); iuLo = loBits(u)
      k = (iuHi >>> 20) - 1023
      if (k > 0) c = 1.0 - (u - x)
      else c = x - (u - 1.0)
      c /= u
    } else {
      u = x
      iuHi = hiBits(u); iuLo = loBits(u)
      k = (iuHi >>> 20) - 1023
      c = 0
    }
    iuHi &= 0x000fffff
    // iu < 0x0006a09e667f3bcd
    if (iuHi < 0x0006a09e || (iuHi === 0x0006a09e && iuLo < 0x667f3bcd)) {
      u = fromBits(iuHi | 0x3ff00000, iuLo)
    } else {
      k++
      u = fromBits(iuHi | 0x3fe00000, iuLo)
      // iu = (0x0010000000000000 - iu) >> 2
      const iu = (0x0010000000000000n - ((BigInt(iuHi) << 32n) | BigInt(iuLo))) >> 2n
      iuHi = Number(iu >> 32n); iuLo = Number(iu & 0xffffffffn)
    }
    f = u - 1.0
  }
  const hfsq = 0.5 * f * f
  let s: number, R: number, z: number
  if (iuHi === 0 && iuLo === 0) {
    if (f === 0) {
      if (k === 0) return 0
      c += k * Ln2Lo
      return k * Ln2Hi + c
    }
    R = hfsq * (1.0 - 0.66666666666666666 * f)
    if (k === 0) return f - R
    return k * Ln2Hi - ((R - (k * Ln2Lo + c)) - f)
  }
  s = f / (2.0 + f)
  z = s * s
  R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))))
  if (k === 0) return f - (hfsq - s * (hfsq + R))
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + (k * Ln2Lo + c))) - f)
}

function isOddInt (x: number): boolean {
  if (Math.abs(x) >= 9007199254740992) return false
  const [xi, xf] = modf(x)
  return xf === 0 && Math.abs(xi) % 2 === 1
}

/** math.Pow. */
export function pow (x: number, y: number): number {
  if (y === 0 || x === 1) return 1
  if (y === 1) return x
  if (x !== x || y !== y) return NaN
  if (x === 0) {
    if (y < 0) return isOddInt(y) ? copysign(Infinity, x) : Infinity
    if (y > 0) return isOddInt(y) ? x : 0
  }
  if (!Number.isFinite(y)) {
    if (x === -1) return 1
    if ((Math.abs(x) < 1) === (y === Infinity)) return 0
    return Infinity
  }
  if (!Number.isFinite(x)) {
    if (x === -Infinity) return pow(1 / x, -y)
    if (y < 0) return 0
    if (y > 0) return Infinity
  }
  if (y === 0.5) return Math.sqrt(x)
  if (y === -0.5) return 1 / Math.sqrt(x)
  let [yi, yf] = modf(Math.abs(y))
  if (yf !== 0 && x < 0) return NaN
  if (yi >= 9223372036854775808) {
    if (x === -1) return 1
    if ((Math.abs(x) < 1) === (y > 0)) return 0
    return Infinity
  }
  let a1 = 1.0
  let ae = 0
  if (yf !== 0) {
    if (yf > 0.5) { yf--; yi++ }
    a1 = exp(yf * log(x))
  }
  let [x1, xe] = frexp(x)
  for (let i = yi; i !== 0; i = Math.floor(i / 2)) {
    if (xe < -4096 || 4096 < xe) {
      ae += xe
      break
    }
    if (i % 2 === 1) { a1 *= x1; ae += xe }
    x1 *= x1
    xe *= 2
    if (x1 < 0.5) { x1 += x1; xe-- }
  }
  if (y < 0) { a1 = 1 / a1; ae = -ae }
  return ldexp(a1, ae)
}

const pow10tab = [1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
  1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31]
const pow10postab32 = [1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288]
const pow10negtab32 = [1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320]

/** math.Pow10 (Go's table product, not a correctly rounded 10^n). */
export function pow10 (n: number): number {
  if (n >= 0 && n <= 308) return pow10postab32[Math.floor(n / 32)] * pow10tab[n % 32]
  if (n >= -323 && n <= 0) return pow10negtab32[Math.floor(-n / 32)] / pow10tab[-n % 32]
  return n > 0 ? Infinity : 0
}

/** math.Cbrt. */
export function cbrt (x: number): number {
  const B1 = 715094163
  const B2 = 696219795
  const C = 5.42857142857142815906e-01
  const D = -7.05306122448979611050e-01
  const E_ = 1.41428571428571436819e+00
  const F = 1.60714285714285720630e+00
  const G = 3.57142857142857150787e-01
  if (x === 0 || x !== x || !Number.isFinite(x)) return x
  let sign = false
  if (x < 0) { x = -x; sign = true }
  let t = float64frombits(float64bits(x) / 3n + (BigInt(B1) << 32n))
  if (x < SmallestNormal) {
    t = 18014398509481984
    t *= x
    t = float64frombits(float64bits(t) / 3n + (BigInt(B2) << 32n))
  }
  let r = t * t / x
  let s = C + r * t
  t *= G + F / (s + E_ + D / s)
  t = float64frombits((float64bits(t) & (0xFFFFFFFFCn << 28n)) + (1n << 30n))
  s = t * t
  r = x / s
  const w = t + t
  r = (r - t) / (w + r)
  t = t + t * r
  return sign ? -t : t
}

/** math.Hypot, as Go's amd64 assembly. */
export function hypot (p: number, q: number): number {
  p = Math.abs(p); q = Math.abs(q)
  if (!(p < Infinity) || !(q < Infinity)) {
    if (p === Infinity || q === Infinity) return Infinity
    return NaN
  }
  if (p === 0 && q === 0) return 0
  const big = p > q ? p : q
  const small = p > q ? q : p
  let r = small / big
  r *= r
  r += 1
  return Math.sqrt(r) * big
}

export { sin, cos, tan, sincos } from './trig.ts'
export { asin, acos, atan, atan2, sinh, cosh, tanh, asinh, acosh, atanh } from './inverse.ts'
export { gamma, lgamma } from './gamma.ts'
export { erf, erfc } from './erf.ts'
