/**
 * Lays out digits as FormatFloat's formats: %e (d.ddde±dd), %f (ddd.ddd), %g (the shorter by
 * Go's rule on the exponent), %b (mantissa p exponent) and %x (hexadecimal mantissa, binary
 * exponent).
 */
import type { Digits } from './decimal.ts'

function digitAt (d: Digits, i: number): string { return i >= 0 && i < d.nd ? d.d[i] : '0' }

/** d.ddd…e±XX with prec digits after the point (at least two exponent digits). */
export function layoutE (negative: boolean, d: Digits, prec: number, e: string): string {
  let s = (negative ? '-' : '') + digitAt(d, 0)
  if (prec > 0) {
    s += '.'
    for (let i = 1; i <= prec; i++) s += digitAt(d, i)
  }
  const exp = d.nd === 0 ? 0 : d.dp - 1
  const mag = Math.abs(exp)
  return s + e + (exp < 0 ? '-' : '+') + (mag < 10 ? '0' : '') + String(mag)
}

/** ddd.ddd with prec digits after the point. */
export function layoutF (negative: boolean, d: Digits, prec: number): string {
  let s = negative ? '-' : ''
  if (d.dp > 0) {
    for (let i = 0; i < d.dp; i++) s += digitAt(d, i)
  } else {
    s += '0'
  }
  if (prec > 0) {
    s += '.'
    for (let i = 0; i < prec; i++) s += digitAt(d, d.dp + i)
  }
  return s
}

/**
 * %g: exponent form when the decimal exponent is below −4 or at least the precision (6 for
 * shortest digits), trailing zeros dropped either way.
 */
export function layoutG (negative: boolean, d: Digits, prec: number, shortest: boolean, e: string): string {
  const exp = d.dp - 1
  let limit = prec
  if (shortest) limit = 6
  else if (limit > d.nd && d.nd >= d.dp) limit = d.nd
  if (exp < -4 || exp >= limit) return layoutE(negative, d, Math.min(prec, d.nd) - 1, e)
  const significant = prec > d.dp ? d.nd : prec
  return layoutF(negative, d, Math.max(significant - d.dp, 0))
}

/** %b: decimal mantissa, 'p', binary exponent with its sign. */
export function layoutB (negative: boolean, mant: number, e2: number): string {
  return `${negative ? '-' : ''}${mant}p${e2 >= 0 ? '+' : ''}${e2}`
}

/**
 * %x: 1.hhh…p±dd (or 0x0p+00 for zero) with the mantissa normalised to a leading 1, rounded half
 * to even to prec hex digits when prec ≥ 0, all significant digits when prec < 0.
 */
export function layoutX (negative: boolean, mant: number, e2: number, prec: number, upper: boolean): string {
  let m = BigInt(mant)
  let exp = 0
  if (m !== 0n) {
    // m·2^e2 = 1.fff…(60 bits of fraction) × 2^exp
    const len = m.toString(2).length
    m <<= BigInt(61 - len)
    exp = e2 + len - 1
  }
  const FRACTION = 60n
  if (prec >= 0 && prec < 15) {
    const drop = FRACTION - BigInt(prec * 4)
    const kept = m >> drop
    const rest = m - (kept << drop)
    const half = 1n << (drop - 1n)
    m = (rest > half || (rest === half && (kept & 1n) === 1n)) ? kept + 1n : kept
    if (m >> BigInt(prec * 4) >= 2n) { m >>= 1n; exp++ } // rounded up to 10.000…
    m <<= drop
  }
  const hex = upper ? '0123456789ABCDEF' : '0123456789abcdef'
  let s = `${negative ? '-' : ''}0${upper ? 'X' : 'x'}${m >> FRACTION}`
  let fraction = m & ((1n << FRACTION) - 1n)
  const count = prec < 0 ? 15 : prec
  let digits = ''
  for (let i = 0; i < count; i++) {
    digits += hex[Number(fraction >> 56n)]
    fraction = (fraction << 4n) & ((1n << FRACTION) - 1n)
  }
  if (prec < 0) digits = digits.replace(/0+$/, '')
  if (digits !== '') s += '.' + digits
  const mag = Math.abs(exp)
  return s + (upper ? 'P' : 'p') + (exp < 0 ? '-' : '+') + (mag < 10 ? '0' : '') + String(mag)
}
