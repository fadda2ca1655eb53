/**
 * Exact decimal digit strings of binary floating-point values, rounded with the rules of Go's
 * strconv `decimal` type (round half to even on exact ties, trailing zeros trimmed).
 */

/** A decimal value 0.d[0]d[1]...d[nd-1] × 10^dp; digits carry no trailing zeros. */
export interface Digits {
  d: string
  nd: number
  dp: number
}

const pow5cache: bigint[] = [1n]
function pow5 (k: number): bigint {
  for (let i = pow5cache.length; i <= k; i++) pow5cache.push(pow5cache[i - 1] * 5n)
  return pow5cache[k]
}

function trimmed (d: string, dp: number): Digits {
  let nd = d.length
  while (nd > 0 && d.charCodeAt(nd - 1) === 48) nd--
  if (nd === 0) return { d: '', nd: 0, dp: 0 }
  return { d: d.slice(0, nd), nd, dp }
}

/** The exact decimal digits of mant × 2^exp (mant ≥ 0). */
export function exactDigits (mant: bigint, exp: number): Digits {
  if (mant === 0n) return { d: '', nd: 0, dp: 0 }
  if (exp >= 0) {
    const s = (mant << BigInt(exp)).toString()
    return trimmed(s, s.length)
  }
  // mant / 2^k = mant × 5^k / 10^k
  const k = -exp
  const s = (mant * pow5(k)).toString()
  return trimmed(s, s.length - k)
}

function shouldRoundUp (a: Digits, nd: number): boolean {
  if (a.d.charCodeAt(nd) === 53 && nd + 1 === a.nd) { // exactly halfway: round to even
    return nd > 0 && (a.d.charCodeAt(nd - 1) - 48) % 2 === 1
  }
  return a.d.charCodeAt(nd) >= 53
}

/** Go's decimal.RoundDown: truncate to nd digits. */
export function roundDown (a: Digits, nd: number): Digits {
  if (nd < 0 || nd >= a.nd) return a
  return trimmed(a.d.slice(0, nd), a.dp)
}

/** Go's decimal.RoundUp: round up to nd digits. */
export function roundUp (a: Digits, nd: number): Digits {
  if (nd < 0 || nd >= a.nd) return a
  for (let i = nd - 1; i >= 0; i--) {
    const c = a.d.charCodeAt(i)
    if (c < 57) return { d: a.d.slice(0, i) + String.fromCharCode(c + 1), nd: i + 1, dp: a.dp }
  }
  return { d: '1', nd: 1, dp: a.dp + 1 }
}

/** Go's decimal.Round: round to nd digits, to nearest, ties to even. */
export function round (a: Digits, nd: number): Digits {
  if (nd < 0 || nd >= a.nd) return a
  return shouldRoundUp(a, nd) ? roundUp(a, nd) : roundDown(a, nd)
}
