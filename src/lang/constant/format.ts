/**
 * Printing constants as go/constant does: `toString` (short form used in compile errors:
 * `300`, `1.5`, `1e+1000`, `"abc"`, `(1 + 2i)`) and `exactString` (`3/2`).
 */

import { floatToFloat64, float64ToFloat } from './float.ts'
import { toBigForm } from './ops.ts'
import { isPrint } from '../syntax/unicode.ts'
import { pow } from '../native/math/index.ts'
import { bitLen, decodeRune, pow10, roundShift, type FloatVal, type Value } from './value.ts'

export function toString (v: Value): string {
  switch (v.kind) {
    case 'Unknown':
      return 'unknown'
    case 'Bool':
      return v.value ? 'true' : 'false'
    case 'String':
      return shortQuote(v.bytes)
    case 'Int':
      return v.value.toString()
    case 'Float':
      return floatString(v)
    case 'Complex':
      return `(${toString(v.re)} + ${toString(v.im)}i)`
  }
}

export function exactString (v: Value): string {
  switch (v.kind) {
    case 'String':
      return quoteBytes(v.bytes)
    case 'Float':
      if (v.big) return pText(v)
      return v.den === 1n ? v.num.toString() : `${v.num}/${v.den}`
    case 'Complex':
      return `(${exactString(v.re)} + ${exactString(v.im)}i)`
    default:
      return toString(v)
  }
}

/** big.Float's Text('p', 0): `0x.8p+1`, `-0x.cp-3`. */
function pText (v: FloatVal): string {
  const neg = v.num < 0n
  const m = neg ? -v.num : v.num
  const b = bitLen(m)
  const pad = (4 - (b % 4)) % 4
  let hex = (m << BigInt(pad)).toString(16)
  let end = hex.length
  while (end > 1 && hex.charCodeAt(end - 1) === 48) end--
  hex = hex.slice(0, end)
  const e = b + v.exp
  return `${neg ? '-' : ''}0x.${hex}p${e >= 0 ? '+' : ''}${e}`
}

/** go/constant's String of a Float: `%.6g` of the nearest float64, or an estimate out of that range. */
function floatString (v: FloatVal): string {
  const [x] = floatToFloat64(v)
  if ((v.num === 0n) === (x === 0) && x !== Infinity && x !== -Infinity) return formatFloat64G(x, 6)
  // Out of float64 range: go/constant's approximation, step by step (its quirks included, e.g.
  // tiny values print as `0.9e-4107`). math.Pow is Go's own (native/math), never the host's.
  const [M, E] = toBigForm(v)
  const neg = M < 0n
  const a = neg ? -M : M
  const b = bitLen(a)
  const exp = b + E // v = mant * 2**exp, 0.5 <= mant < 1
  let m = (b > 53 ? Number(roundShift(a, b - 53)) : Number(a << BigInt(53 - b))) / 2 ** 53
  if (neg) m = -m
  const d = exp * 0.3010299956639812 // math.Ln2 / math.Ln10
  let e = Math.trunc(d)
  m *= pow(10, d - e)
  const am = Math.abs(m)
  if (am < 1 - 0.5e-6) {
    m *= 10
    e--
  } else if (am >= 10) {
    m /= 10
    e++
  }
  return `${formatFloat64G(m, 6)}e${e >= 0 ? '+' : ''}${e}`
}

function magnitude (v: FloatVal): { n: bigint; d: bigint } {
  const a = v.num < 0n ? -v.num : v.num
  if (v.exp >= 0) return { n: a << BigInt(v.exp), d: v.den }
  return { n: a, d: v.den << BigInt(-v.exp) }
}

export interface Decimal {
  /** significant digits without trailing zeros ('' for zero) */
  digits: string
  /** decimal point position: value = 0.digits * 10**dp */
  dp: number
}

/** n/d (> 0) rounded (half to even) to `prec` significant decimal digits. */
export function sigDigits (n: bigint, d: bigint, prec: number): Decimal {
  // estimate k = floor(log10(n/d))
  let k = Math.floor((bitLen(n) - bitLen(d)) * 0.30102999566398119)
  for (;;) {
    const sh = prec - 1 - k
    let num = n
    let den = d
    if (sh >= 0) num *= pow10(sh)
    else den *= pow10(-sh)
    let q = num / den
    const r2 = (num % den) * 2n
    if (r2 > den || (r2 === den && (q & 1n) === 1n)) q++
    const lo = pow10(prec - 1)
    if (q < lo) {
      // estimate too high (and no rounding could fix it)
      if (num / den < lo) {
        k--
        continue
      }
    }
    if (q >= lo * 10n) {
      // estimate too low, or rounding carried into a new digit
      if (num / den >= lo * 10n) {
        k++
        continue
      }
      q /= 10n
      k++
    }
    let s = q.toString()
    let end = s.length
    while (end > 1 && s.charCodeAt(end - 1) === 48) end--
    s = s.slice(0, end)
    return { digits: s, dp: k + 1 }
  }
}

/** Formats a decimal like strconv's %g with precision prec (trailing zeros dropped). */
export function formatG (dec: Decimal, prec: number, shortest = false): string {
  const nd = dec.digits.length
  let eprec = prec
  if (eprec > nd && nd >= dec.dp) eprec = nd
  if (shortest) eprec = 6
  const exp = dec.dp - 1
  if (exp < -4 || exp >= eprec) {
    let p = prec
    if (p > nd) p = nd
    let s = dec.digits[0]
    if (p > 1) s += '.' + dec.digits.slice(1, p)
    const ae = Math.abs(exp)
    return s + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae
  }
  let p = prec
  if (p > dec.dp) p = nd
  const frac = Math.max(p - dec.dp, 0)
  let s = ''
  if (dec.dp > 0) {
    s = dec.digits.slice(0, dec.dp)
    for (let i = nd; i < dec.dp; i++) s += '0'
  } else s = '0'
  if (frac > 0) {
    s += '.'
    for (let i = 0; i < frac; i++) {
      const j = dec.dp + i
      s += j < 0 || j >= nd ? '0' : dec.digits[j]
    }
  }
  return s
}

/** fmt's `%.<prec>g` of a float64 (prec < 0: shortest, as `%v`). */
export function formatFloat64G (x: number, prec: number): string {
  if (x !== x) return 'NaN'
  if (x === Infinity) return '+Inf'
  if (x === -Infinity) return '-Inf'
  const neg = x < 0 || (x === 0 && 1 / x < 0)
  if (x === 0) return neg ? '-0' : '0'
  let dec: Decimal
  if (prec < 0) {
    // the shortest decimal that rounds back to x: ECMAScript's Number::toString digits
    const e = Math.abs(x).toExponential()
    const ei = e.indexOf('e')
    const digits = e.slice(0, ei).replace('.', '')
    dec = { digits: trimZeros(digits), dp: Number(e.slice(ei + 1)) + 1 }
  } else {
    const f = float64ToFloat(Math.abs(x))!
    const { n, d } = magnitude(f)
    dec = sigDigits(n, d, prec === 0 ? 1 : prec)
  }
  return (neg ? '-' : '') + formatG(dec, prec < 0 ? dec.digits.length : prec === 0 ? 1 : prec, prec < 0)
}

function trimZeros (s: string): string {
  let end = s.length
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--
  return s.slice(0, end)
}

// ---------------------------------------------------------------------------------------------
// Quoting

/** go/constant's String of a String: strconv.Quote, cut to 72 runes with `...`. */
function shortQuote (bytes: string): string {
  const maxLen = 72
  const q = quoteBytes(bytes)
  let runes = 0
  for (let i = 0; i < q.length; i++) {
    const c = q.charCodeAt(i)
    if (!(c >= 0xdc00 && c <= 0xdfff)) runes++
  }
  if (runes <= maxLen) return q
  let i = 0
  for (let n = 0; n < maxLen - 3; n++) {
    const c = q.charCodeAt(i)
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1
  }
  return q.slice(0, i) + '...'
}

/** strconv.Quote of a Go string given as a byte string; the result is JS text. */
export function quoteBytes (bytes: string): string {
  let out = '"'
  for (let i = 0; i < bytes.length;) {
    const [r, size] = decodeRune(bytes, i)
    if (r === 0xfffd && size === 1) {
      out += '\\x' + hex2(bytes.charCodeAt(i))
      i++
      continue
    }
    i += size
    out += quoteRune(r, '"')
  }
  return out + '"'
}

/** The quoted form of one rune inside a literal delimited by quote (strconv's appendEscapedRune). */
export function quoteRune (r: number, quote: string): string {
  if (r === quote.charCodeAt(0) || r === 92) return '\\' + String.fromCharCode(r)
  if (isPrint(r)) return String.fromCodePoint(r)
  switch (r) {
    case 7:
      return '\\a'
    case 8:
      return '\\b'
    case 12:
      return '\\f'
    case 10:
      return '\\n'
    case 13:
      return '\\r'
    case 9:
      return '\\t'
    case 11:
      return '\\v'
  }
  if (r < 0x20 || r === 0x7f) return '\\x' + hex2(r)
  if (r < 0x10000) return '\\u' + r.toString(16).padStart(4, '0')
  return '\\U' + r.toString(16).padStart(8, '0')
}

function hex2 (b: number): string {
  return (b < 16 ? '0' : '') + b.toString(16)
}
