/**
 * Go's strconv.FormatFloat, byte for byte: formats 'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X' with
 * precision -1 (shortest representation that parses back to the same value) or an explicit one.
 */
import { hiBits, loBits, float32bits } from '../float.ts'
import { type Digits, exactDigits, round, roundUp, roundDown } from './decimal.ts'

interface FloatInfo { mantbits: number, expbits: number, bias: number }
const float32info: FloatInfo = { mantbits: 23, expbits: 8, bias: -127 }
const float64info: FloatInfo = { mantbits: 52, expbits: 11, bias: -1023 }

export class FormatFloatError extends Error {
  override name = 'FormatFloatError'
  code = 'ERR_GO_PANIC'
}

/** Go's strconv.FormatFloat(f, fmt, prec, bitSize). `fmt` is one character. */
export function formatFloat (val: number, fmt: string, prec: number, bitSize: number): string {
  return format(val, fmt, prec, bitSize, true)
}

/** FormatFloat computed only with exact bigint decimal arithmetic (for tests of the fast paths). */
export function formatFloatExact (val: number, fmt: string, prec: number, bitSize: number): string {
  return format(val, fmt, prec, bitSize, false)
}

function format (val: number, fmt: string, prec: number, bitSize: number, fast: boolean): string {
  let neg: boolean, exp: number, mant: number
  let flt: FloatInfo
  if (bitSize === 32) {
    const b = float32bits(val)
    flt = float32info
    neg = (b >>> 31) !== 0
    exp = (b >>> 23) & 0xff
    mant = b & 0x7fffff
  } else if (bitSize === 64) {
    const hi = hiBits(val); const lo = loBits(val)
    flt = float64info
    neg = (hi >>> 31) !== 0
    exp = (hi >>> 20) & 0x7ff
    mant = (hi & 0xfffff) * 4294967296 + lo
  } else {
    throw new FormatFloatError('strconv: illegal AppendFloat/FormatFloat bitSize')
  }
  const expmax = (1 << flt.expbits) - 1
  if (exp === expmax) {
    if (mant !== 0) return 'NaN'
    return neg ? '-Inf' : '+Inf'
  } else if (exp === 0) {
    exp++
  } else {
    mant += 2 ** flt.mantbits
  }
  exp += flt.bias

  if (fmt === 'b') return fmtB(neg, mant, exp, flt)
  if (fmt === 'x' || fmt === 'X') return fmtX(prec, fmt, neg, mant, exp, flt)

  const shortest = prec < 0
  let digs: Digits
  if (shortest) {
    digs = shortestDigits(val, bitSize, mant, exp, flt)
    switch (fmt) {
      case 'e': case 'E': prec = Math.max(digs.nd - 1, 0); break
      case 'f': prec = Math.max(digs.nd - digs.dp, 0); break
      case 'g': case 'G': prec = digs.nd; break
    }
  } else {
    if (fast && prec <= 60 && mant !== 0) {
      const d = fixedDigitsFast(Math.abs(bitSize === 32 ? Math.fround(val) : val), fmt, prec, mant, exp - flt.mantbits)
      if (d !== undefined) {
        if ((fmt === 'g' || fmt === 'G') && prec === 0) prec = 1
        return formatDigits(false, neg, d, prec, fmt)
      }
    }
    digs = exactDigits(BigInt(mant), exp - flt.mantbits)
    switch (fmt) {
      case 'e': case 'E': digs = round(digs, prec + 1); break
      case 'f': digs = round(digs, digs.dp + prec); break
      case 'g': case 'G':
        if (prec === 0) prec = 1
        digs = round(digs, prec)
        break
    }
  }
  return formatDigits(shortest, neg, digs, prec, fmt)
}

/**
 * Digits of x (> 0, = mant × 2^e2) rounded for an explicit precision, from the host's
 * toFixed/toExponential, which round the exact binary value correctly but resolve exact ties
 * upwards where Go rounds them to even. A tie at the rounding position is only possible when x has
 * few fractional binary digits; then (conservatively) undefined is returned and the exact path runs.
 */
function fixedDigitsFast (x: number, fmt: string, prec: number, mant: number, e2: number): Digits | undefined {
  // fractional binary digits of x
  let tz = 0
  let m = mant
  while (m % 2 === 0) { m /= 2; tz++ }
  const fracBits = Math.max(0, -(e2 + tz))
  let s: string
  let k: number // decimal fractional position of the rounding
  if (fmt === 'f') {
    if (x >= 1e21) return undefined
    s = x.toFixed(prec)
    k = prec
    if (fracBits <= k + 2) return undefined
    // "123.4500" / "0.0012"
    const dot = s.indexOf('.')
    const intPart = dot < 0 ? s : s.slice(0, dot)
    const frac = dot < 0 ? '' : s.slice(dot + 1)
    let digits = intPart + frac
    let dp = intPart.length
    let i = 0
    while (i < digits.length && digits.charCodeAt(i) === 48) i++
    digits = digits.slice(i)
    dp -= i
    let nd = digits.length
    while (nd > 0 && digits.charCodeAt(nd - 1) === 48) nd--
    if (nd === 0) return { d: '', nd: 0, dp: 0 }
    return { d: digits.slice(0, nd), nd, dp }
  }
  let p: number
  if (fmt === 'e' || fmt === 'E') p = prec
  else if (fmt === 'g' || fmt === 'G') p = (prec === 0 ? 1 : prec) - 1
  else return undefined
  if (p > 100) return undefined
  s = x.toExponential(p)
  const ei = s.indexOf('e')
  const exp10 = Number(s.slice(ei + 1))
  k = p - exp10
  if (fracBits <= Math.max(0, k + 2)) return undefined
  const digits = p === 0 ? s.slice(0, ei) : s[0] + s.slice(2, ei)
  let nd = digits.length
  while (nd > 0 && digits.charCodeAt(nd - 1) === 48) nd--
  return { d: digits.slice(0, nd), nd, dp: exp10 + 1 }
}

function shortestDigits (val: number, bitSize: number, mant: number, exp: number, flt: FloatInfo): Digits {
  if (mant === 0) return { d: '', nd: 0, dp: 0 }
  if (bitSize === 64) {
    // ECMAScript's Number-to-String picks the shortest digits that round-trip and, among those,
    // the closest to the exact value (ties to even): the same digits as Go's Ryu.
    const s = Math.abs(val).toExponential()
    const e = s.indexOf('e')
    const d = s.slice(0, e).replace('.', '')
    let nd = d.length
    while (nd > 1 && d.charCodeAt(nd - 1) === 48) nd--
    return { d: d.slice(0, nd), nd, dp: Number(s.slice(e + 1)) + 1 }
  }
  return roundShortest(exactDigits(BigInt(mant), exp - flt.mantbits), mant, exp, flt)
}

/** Port of Go's roundShortest: the shortest digits in the rounding interval of mant × 2^(exp-mantbits). */
function roundShortest (d: Digits, mant: number, exp: number, flt: FloatInfo): Digits {
  const minexp = flt.bias + 1
  if (exp > minexp && 332 * (d.dp - d.nd) >= 100 * (exp - flt.mantbits)) return d
  const upper = exactDigits(BigInt(mant) * 2n + 1n, exp - flt.mantbits - 1)
  let mantlo: number, explo: number
  if (mant > 2 ** flt.mantbits || exp === minexp) {
    mantlo = mant - 1; explo = exp
  } else {
    mantlo = mant * 2 - 1; explo = exp - 1
  }
  const lower = exactDigits(BigInt(mantlo) * 2n + 1n, explo - flt.mantbits - 1)
  const inclusive = mant % 2 === 0
  let upperdelta = 0
  for (let ui = 0; ; ui++) {
    const mi = ui - upper.dp + d.dp
    if (mi >= d.nd) break
    const li = ui - upper.dp + lower.dp
    const l = li >= 0 && li < lower.nd ? lower.d.charCodeAt(li) : 48
    const m = mi >= 0 ? d.d.charCodeAt(mi) : 48
    const u = ui < upper.nd ? upper.d.charCodeAt(ui) : 48
    const okdown = l !== m || (inclusive && li + 1 === lower.nd)
    if (upperdelta === 0 && m + 1 < u) upperdelta = 2
    else if (upperdelta === 0 && m !== u) upperdelta = 1
    else if (upperdelta === 1 && (m !== 57 || u !== 48)) upperdelta = 2
    const okup = upperdelta > 0 && (inclusive || upperdelta > 1 || ui + 1 < upper.nd)
    if (okdown && okup) return round(d, mi + 1)
    if (okdown) return roundDown(d, mi + 1)
    if (okup) return roundUp(d, mi + 1)
  }
  return d
}

function formatDigits (shortest: boolean, neg: boolean, digs: Digits, prec: number, fmt: string): string {
  switch (fmt) {
    case 'e': case 'E':
      return fmtE(neg, digs, prec, fmt)
    case 'f':
      return fmtF(neg, digs, prec)
    case 'g': case 'G': {
      let eprec = prec
      if (eprec > digs.nd && digs.nd >= digs.dp) eprec = digs.nd
      if (shortest) eprec = 6
      const exp = digs.dp - 1
      if (exp < -4 || exp >= eprec) {
        if (prec > digs.nd) prec = digs.nd
        return fmtE(neg, digs, prec - 1, fmt === 'g' ? 'e' : 'E')
      }
      if (prec > digs.dp) prec = digs.nd
      return fmtF(neg, digs, Math.max(prec - digs.dp, 0))
    }
  }
  return '%' + fmt
}

function fmtE (neg: boolean, d: Digits, prec: number, fmt: string): string {
  let s = neg ? '-' : ''
  s += d.nd !== 0 ? d.d[0] : '0'
  if (prec > 0) {
    s += '.'
    const m = Math.min(d.nd, prec + 1)
    let i = 1
    if (i < m) { s += d.d.slice(1, m); i = m }
    if (i <= prec) s += '0'.repeat(prec - i + 1)
  }
  s += fmt
  let exp = d.nd === 0 ? 0 : d.dp - 1
  if (exp < 0) { s += '-'; exp = -exp } else s += '+'
  return s + (exp < 10 ? '0' + exp : String(exp))
}

function fmtF (neg: boolean, d: Digits, prec: number): string {
  let s = neg ? '-' : ''
  if (d.dp > 0) {
    const m = Math.min(d.nd, d.dp)
    s += d.d.slice(0, m)
    if (m < d.dp) s += '0'.repeat(d.dp - m)
  } else {
    s += '0'
  }
  if (prec > 0) {
    s += '.'
    for (let i = 0; i < prec; i++) {
      const j = d.dp + i
      s += j >= 0 && j < d.nd ? d.d[j] : '0'
    }
  }
  return s
}

function fmtB (neg: boolean, mant: number, exp: number, flt: FloatInfo): string {
  exp -= flt.mantbits
  return (neg ? '-' : '') + String(mant) + 'p' + (exp >= 0 ? '+' : '') + String(exp)
}

const lowerhex = '0123456789abcdef'
const upperhex = '0123456789ABCDEF'
const M60 = (1n << 60n) - 1n
const M64 = (1n << 64n) - 1n

function fmtX (prec: number, fmt: string, neg: boolean, mantN: number, exp: number, flt: FloatInfo): string {
  let mant = BigInt(mantN)
  if (mant === 0n) exp = 0
  mant <<= BigInt(60 - flt.mantbits)
  while (mant !== 0n && (mant & (1n << 60n)) === 0n) { mant <<= 1n; exp-- }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4)
    const extra = (mant << shift) & M60
    mant >>= 60n - shift
    if ((extra | (mant & 1n)) > (1n << 59n)) mant++
    mant <<= 60n - shift
    if ((mant & (1n << 61n)) !== 0n) { mant >>= 1n; exp++ }
  }
  const hex = fmt === 'X' ? upperhex : lowerhex
  let s = (neg ? '-' : '') + '0' + fmt + String(Number((mant >> 60n) & 1n))
  mant = (mant << 4n) & M64
  if (prec < 0 && mant !== 0n) {
    s += '.'
    while (mant !== 0n) { s += hex[Number((mant >> 60n) & 15n)]; mant = (mant << 4n) & M64 }
  } else if (prec > 0) {
    s += '.'
    for (let i = 0; i < prec; i++) { s += hex[Number((mant >> 60n) & 15n)]; mant = (mant << 4n) & M64 }
  }
  s += fmt === 'X' ? 'P' : 'p'
  if (exp < 0) { s += '-'; exp = -exp } else s += '+'
  return s + (exp < 10 ? '0' + exp : String(exp))
}
