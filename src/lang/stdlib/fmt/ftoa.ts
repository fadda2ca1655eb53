/**
 * Float to decimal text with Go's strconv.FormatFloat results for the verbs fmt uses
 * ('e', 'E', 'f', 'g', 'G', shortest or with a precision). Exact: digits come from the double's exact
 * binary value (BigInt), rounded half to even as Go does; the shortest form uses the ECMAScript
 * shortest round-trip digits, which are the same digits Go's shortest algorithm picks.
 *
 * @example
 * ```ts
 * formatFloat(2.5, 'f', 0, 64) // "2"
 * formatFloat(1e6, 'g', -1, 64) // "1e+06"
 * ```
 */

interface Digits { d: string; dp: number; neg: boolean }

const f64 = new Float64Array(1)
const u32 = new Uint32Array(f64.buffer)

/** exact decimal digits of |x| (finite, nonzero): d (no leading zeros) and decimal point position dp */
function exactDigits (x: number): Digits {
  f64[0] = x
  const lo = u32[0]; const hi = u32[1]
  const neg = (hi >>> 31) !== 0
  const bexp = (hi >>> 20) & 0x7ff
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo)
  let e: number
  if (bexp === 0) e = -1074
  else { mant |= 1n << 52n; e = bexp - 1075 }
  let s: string; let dp: number
  if (e >= 0) { s = (mant << BigInt(e)).toString(); dp = s.length } else {
    const n = mant * 5n ** BigInt(-e)
    s = n.toString()
    dp = s.length - (-e)
  }
  // strip leading zeros (none for BigInt) and trailing zeros
  let end = s.length
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--
  return { d: s.slice(0, end), dp, neg }
}

/** shortest round-trip digits */
function shortestDigits (x: number, bitSize: number): Digits {
  const neg = x < 0 || Object.is(x, -0)
  const a = Math.abs(x)
  let str: string
  if (bitSize === 32) str = shortest32(a)
  else str = a.toExponential()
  const ei = str.indexOf('e')
  const mant = str.slice(0, ei).replace('.', '')
  const exp = parseInt(str.slice(ei + 1), 10)
  return { d: mant, dp: exp + 1, neg }
}

function shortest32 (a: number): string {
  // the fewest digits that round-trip through float32
  for (let p = 1; p <= 9; p++) {
    const s = a.toExponential(p - 1)
    if (Math.fround(parseFloat(s)) === a) {
      // toExponential rounds half-up on exact value; verify nearest with exact check not needed for round trip
      return s
    }
  }
  return a.toExponential(8)
}

/** round digits to nd significant digits, half to even on the exact value */
function roundTo (dg: Digits, nd: number): Digits {
  const d = dg.d
  if (nd < 0) return { d: '0', dp: dg.dp, neg: dg.neg }
  if (nd >= d.length) return dg
  const next = d.charCodeAt(nd) - 48
  let up = false
  if (next > 5) up = true
  else if (next === 5) {
    if (nd + 1 < d.length) up = true // more nonzero digits follow (trailing zeros stripped)
    else up = nd > 0 && (d.charCodeAt(nd - 1) - 48) % 2 === 1
  }
  let digits = d.slice(0, nd)
  let dp = dg.dp
  if (up) {
    const arr = digits.split('').map(c => c.charCodeAt(0) - 48)
    let i = arr.length - 1
    while (i >= 0 && arr[i] === 9) { arr[i] = 0; i-- }
    if (i < 0) { arr.unshift(1); dp++; arr.pop() } else arr[i]++
    digits = arr.join('')
  }
  if (digits === '') { digits = '0' }
  // strip trailing zeros
  let end = digits.length
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end--
  return { d: digits.slice(0, end), dp, neg: dg.neg }
}

function digitAt (dg: Digits, i: number): string { return i < dg.d.length ? dg.d[i] : '0' }

function fmtE (dg: Digits, prec: number, ch: string): string {
  let s = dg.neg ? '-' : ''
  const zero = dg.d === '0'
  s += digitAt(dg, 0)
  if (prec > 0) {
    s += '.'
    for (let i = 1; i <= prec; i++) s += digitAt(dg, i)
  }
  const exp = zero ? 0 : dg.dp - 1
  s += ch + (exp < 0 ? '-' : '+')
  const ae = Math.abs(exp)
  s += ae < 10 ? '0' + String(ae) : String(ae)
  return s
}

function fmtF (dg: Digits, prec: number): string {
  let s = dg.neg ? '-' : ''
  const zero = dg.d === '0'
  if (zero || dg.dp <= 0) s += '0'
  else for (let i = 0; i < dg.dp; i++) s += digitAt(dg, i)
  if (prec > 0) {
    s += '.'
    for (let i = 0; i < prec; i++) {
      const j = dg.dp + i
      s += zero || j < 0 ? '0' : digitAt(dg, j)
    }
  }
  return s
}

/** strconv.FormatFloat(x, fmt, prec, bitSize) for fmt in e E f g G. */
export function formatFloat (x: number, fmt: string, prec: number, bitSize: number): string {
  if (x !== x) return 'NaN'
  if (x === Infinity) return '+Inf'
  if (x === -Infinity) return '-Inf'
  const shortest = prec < 0
  let dg: Digits
  if (x === 0) dg = { d: '0', dp: 1, neg: Object.is(x, -0) }
  else if (shortest) dg = shortestDigits(x, bitSize)
  else dg = exactDigits(bitSize === 32 ? Math.fround(x) : x)
  switch (fmt) {
    case 'e': case 'E': {
      if (!shortest) dg = roundTo(dg, prec + 1)
      else prec = dg.d.length - 1
      return fmtE(dg, prec, fmt)
    }
    case 'f': {
      if (!shortest) dg = roundTo(dg, dg.dp + prec)
      else prec = Math.max(dg.d.length - dg.dp, 0)
      return fmtF(dg, prec)
    }
    case 'g': case 'G': {
      if (!shortest) { if (prec === 0) prec = 1; dg = roundTo(dg, prec) }
      const isZero = dg.d === '0'
      const nd = isZero ? 0 : dg.d.length
      const dp = isZero ? 0 : dg.dp
      if (shortest) prec = nd
      let eprec = prec
      if (eprec > nd && nd >= dp) eprec = nd
      if (shortest) eprec = 6
      const exp = dp - 1
      if (exp < -4 || exp >= eprec) {
        if (prec > nd) prec = nd
        return fmtE(dg, Math.max(prec - 1, 0), fmt === 'g' ? 'e' : 'E')
      }
      if (prec > dp) prec = nd
      return fmtF(dg, Math.max(prec - dp, 0))
    }
  }
  return '%' + fmt
}
