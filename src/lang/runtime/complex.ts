/**
 * complex64 and complex128 values: immutable pairs of float64 (complex64's parts are float32
 * values, rounded with Math.fround). Being immutable, a complex value is shared on assignment
 * like a number. Arithmetic follows gc exactly: complex64 products are computed in float64 and
 * narrowed (as gc's SSA does), division is the runtime's complex128div (Smith's algorithm with
 * C99's Inf/NaN corrections) for both sizes.
 *
 * @example
 * ```ts
 * cdiv(cmk(1, 2), cmk(3, 4)) // Complex { re: 0.44, im: 0.08 }
 * ```
 */
export class Complex {
  constructor (readonly re: number, readonly im: number) {}
}

/** the zero complex value (shared: values are immutable) */
export const CZERO = new Complex(0, 0)

export function cmk (re: number, im: number): Complex { return new Complex(re, im) }
/** a complex64 value: both parts rounded to float32 */
export function cmk64 (re: number, im: number): Complex { return new Complex(Math.fround(re), Math.fround(im)) }

export function cadd (a: Complex, b: Complex): Complex { return new Complex(a.re + b.re, a.im + b.im) }
export function csub (a: Complex, b: Complex): Complex { return new Complex(a.re - b.re, a.im - b.im) }
export function cmul (a: Complex, b: Complex): Complex {
  return new Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}
export function cneg (a: Complex): Complex { return new Complex(-a.re, -a.im) }
export function ceq (a: Complex, b: Complex): boolean { return a.re === b.re && a.im === b.im }

export function cadd64 (a: Complex, b: Complex): Complex { return cmk64(a.re + b.re, a.im + b.im) }
export function csub64 (a: Complex, b: Complex): Complex { return cmk64(a.re - b.re, a.im - b.im) }
export function cmul64 (a: Complex, b: Complex): Complex { return cmk64(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re) }
export function cdiv64 (a: Complex, b: Complex): Complex { const q = cdiv(a, b); return cmk64(q.re, q.im) }

const isInf = (f: number): boolean => f === Infinity || f === -Infinity
const isFinite = (f: number): boolean => f - f === 0
const copysign = (x: number, s: number): number => (s < 0 || Object.is(s, -0)) !== (x < 0 || Object.is(x, -0)) ? -x : x
const inf2one = (f: number): number => copysign(isInf(f) ? 1 : 0, f)

/** n / m as Go's runtime.complex128div */
export function cdiv (n: Complex, m: Complex): Complex {
  let e: number, f: number
  if (Math.abs(m.re) >= Math.abs(m.im)) {
    const ratio = m.im / m.re
    const denom = m.re + ratio * m.im
    e = (n.re + n.im * ratio) / denom
    f = (n.im - n.re * ratio) / denom
  } else {
    const ratio = m.re / m.im
    const denom = m.im + ratio * m.re
    e = (n.re * ratio + n.im) / denom
    f = (n.im * ratio - n.re) / denom
  }
  if (e !== e && f !== f) {
    let a = n.re; let b = n.im
    let c = m.re; let d = m.im
    if (c === 0 && d === 0 && (a === a || b === b)) {
      e = copysign(Infinity, c) * a
      f = copysign(Infinity, c) * b
    } else if ((isInf(a) || isInf(b)) && isFinite(c) && isFinite(d)) {
      a = inf2one(a)
      b = inf2one(b)
      e = Infinity * (a * c + b * d)
      f = Infinity * (b * c - a * d)
    } else if ((isInf(c) || isInf(d)) && isFinite(a) && isFinite(b)) {
      c = inf2one(c)
      d = inf2one(d)
      e = 0 * (a * c + b * d)
      f = 0 * (b * c - a * d)
    }
  }
  return new Complex(e, f)
}
