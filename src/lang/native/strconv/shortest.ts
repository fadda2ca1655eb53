/**
 * Shortest decimal digits that read back as the same float: the fewest significant digits inside
 * the value's rounding interval and, among those, the ones nearest the exact value (ties to even)
 * — what Go's Ryū produces.
 *
 * float64: ECMAScript's Number-to-String is specified to give exactly these digits.
 * float32: the host's correctly rounded toExponential at increasing lengths, with the cases its
 * reasoning cannot settle sent to an exact search over bigints.
 */
import { float32bits, float32frombits } from '../float.ts'
import { type Digits, exactDigits } from './decimal.ts'

function trimZeros (digits: string, dp: number): Digits {
  let nd = digits.length
  while (nd > 0 && digits.charCodeAt(nd - 1) === 48) nd--
  return nd === 0 ? { d: '', nd: 0, dp: 0 } : { d: digits.slice(0, nd), nd, dp }
}

/** Digits of an exponential string "d.ddde±x" from toExponential. */
function fromExponential (s: string): Digits {
  const e = s.indexOf('e')
  const mantissa = s.slice(0, e).replace('.', '')
  return trimZeros(mantissa, Number(s.slice(e + 1)) + 1)
}

export function shortest64 (x: number): Digits {
  if (x === 0) return { d: '', nd: 0, dp: 0 }
  return fromExponential(Math.abs(x).toExponential())
}

/** Fractional binary digits of mant × 2^e2: with few of them a decimal tie is possible. */
export function fractionBits (mant: number, e2: number): number {
  let zeros = 0
  while (mant % 2 === 0) { mant /= 2; zeros++ }
  return Math.max(0, -(e2 + zeros))
}

/**
 * Fast float32 path: the first length whose nearest decimal reads back as x. Undefined where that
 * could differ from the exact search: x a power of two (its interval is lopsided), a possible
 * decimal tie, or a decimal that is itself a float32 midpoint.
 */
function shortest32Fast (x: number, mant: number, e2: number): Digits | undefined {
  if (mant === 0x800000) return undefined
  const fracBits = fractionBits(mant, e2)
  for (let k = 1; k <= 9; k++) {
    const s = x.toExponential(k - 1)
    const exp10 = Number(s.slice(s.indexOf('e') + 1))
    if (fracBits <= Math.max(0, (k - 1) - exp10 + 2)) return undefined
    const d = Number(s)
    const f = Math.fround(d)
    if (f !== d && Number.isFinite(f)) {
      const b = float32bits(f)
      const neighbour = float32frombits((d > f) === (f > 0) ? b + 1 : b - 1)
      if ((f + neighbour) / 2 === d) return undefined
    }
    if (f === x) return fromExponential(s)
  }
  return undefined
}

/** Sign of C·10^p − B·2^q, for integers C, B ≥ 0. */
function compareScaled (c: bigint, p: number, b: bigint, q: number): number {
  let left = c
  let right = b
  if (p >= 0) left *= 10n ** BigInt(p)
  else right *= 10n ** BigInt(-p)
  if (q >= 0) right <<= BigInt(q)
  else left <<= BigInt(-q)
  return left < right ? -1 : left > right ? 1 : 0
}

/**
 * Exact search. x = mant·2^e2 rounds from (x − low, x + high), ends included when mant is even;
 * at each length k the two k-digit decimals around x are the only candidates.
 */
export function shortestExact (mant: number, e2: number, lopsided: boolean): Digits {
  const exact = exactDigits(BigInt(mant), e2)
  if (exact.nd === 0) return exact
  // the bounds, in units of 2^(e2−2)
  const m4 = BigInt(mant) * 4n
  const upper = m4 + 2n
  const lower = lopsided ? m4 - 1n : m4 - 2n
  const inclusive = mant % 2 === 0
  const q = e2 - 2
  const aboveLower = (c: bigint, p: number): boolean => {
    const s = compareScaled(c, p, lower, q)
    return s > 0 || (s === 0 && inclusive)
  }
  const belowUpper = (c: bigint, p: number): boolean => {
    const s = compareScaled(c, p, upper, q)
    return s < 0 || (s === 0 && inclusive)
  }
  for (let k = 1; k < exact.nd; k++) {
    const p = exact.dp - k
    const down = BigInt(exact.d.slice(0, k))
    const up = down + 1n
    const downOk = aboveLower(down, p)
    const upOk = belowUpper(up, p)
    if (!downOk && !upOk) continue
    let useUp = upOk
    if (downOk && upOk) {
      // nearer one, the even one on a tie
      const next = exact.d.charCodeAt(k)
      const tie = next === 53 && k + 1 === exact.nd
      useUp = tie ? (down & 1n) === 1n : next >= 53
    }
    const digits = (useUp ? up : down).toString()
    return trimZeros(digits, p + digits.length)
  }
  return exact
}

/** Shortest digits of the float32 x = mant·2^e2 (mant with its implicit bit). */
export function shortest32 (x: number, mant: number, e2: number, lopsided: boolean, fast: boolean): Digits {
  if (mant === 0) return { d: '', nd: 0, dp: 0 }
  return (fast ? shortest32Fast(Math.abs(x), mant, e2) : undefined) ?? shortestExact(mant, e2, lopsided)
}
