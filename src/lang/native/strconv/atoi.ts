/**
 * Go's strconv.ParseUint, ParseInt, Atoi, ParseBool: every base (0 = prefix-detected, 2..36) and
 * bitSize (0 = 64), with Go's error values and the clamped results Go returns on a range error.
 * 64-bit results are bigints.
 */
import { type NumError, syntaxError, rangeError, baseError, bitSizeError } from './errors.ts'
import { underscoreOK } from './atof.ts'

export interface ParseUintResult { value: bigint, err?: NumError }
export interface ParseIntResult { value: bigint, err?: NumError }

const maxUint64 = (1n << 64n) - 1n

function lower (c: number): number { return c | 0x20 }

export function parseUint (s: Uint8Array, base: number, bitSize: number): ParseUintResult {
  const fn = 'ParseUint'
  if (s.length === 0) return { value: 0n, err: syntaxError(fn, s) }
  const base0 = base === 0
  let start = 0
  if (base >= 2 && base <= 36) {
    // ok
  } else if (base === 0) {
    base = 10
    if (s[0] === 48) {
      const c = s.length >= 3 ? lower(s[1]) : 0
      if (c === 98) { base = 2; start = 2 } else if (c === 111) { base = 8; start = 2 } else if (c === 120) { base = 16; start = 2 } else { base = 8; start = 1 }
    }
  } else {
    return { value: 0n, err: baseError(fn, s, base) }
  }
  if (bitSize === 0) bitSize = 64
  else if (bitSize < 0 || bitSize > 64) return { value: 0n, err: bitSizeError(fn, s, bitSize) }

  const maxVal = (1n << BigInt(bitSize)) - 1n
  // fast path: accumulate in a double while exact (< 2^53), then switch to bigint
  const maxValN = bitSize <= 53 ? 2 ** bitSize - 1 : Infinity
  let n = 0
  let big: bigint | undefined
  const bigBase = BigInt(base)
  const cutoff = maxUint64 / bigBase + 1n
  let underscores = false
  for (let i = start; i < s.length; i++) {
    const c = s[i]
    let d: number
    if (c === 95 && base0) { underscores = true; continue } else if (c >= 48 && c <= 57) d = c - 48
    else if (lower(c) >= 97 && lower(c) <= 122) d = lower(c) - 97 + 10
    else return { value: 0n, err: syntaxError(fn, s) }
    if (d >= base) return { value: 0n, err: syntaxError(fn, s) }
    if (big === undefined) {
      const next = n * base + d
      if (next > maxValN) return { value: maxVal, err: rangeError(fn, s) }
      if (next <= 9007199254740991) { n = next; continue }
      big = BigInt(n)
    }
    if (big >= cutoff) return { value: maxVal, err: rangeError(fn, s) }
    big *= bigBase
    const n1 = big + BigInt(d)
    if (n1 > maxUint64 || n1 > maxVal) return { value: maxVal, err: rangeError(fn, s) }
    big = n1
  }
  if (underscores && !underscoreOK(s, s.length)) return { value: 0n, err: syntaxError(fn, s) }
  const value = big ?? BigInt(n)
  if (value > maxVal) return { value: maxVal, err: rangeError(fn, s) }
  return { value }
}

export function parseInt (s: Uint8Array, base: number, bitSize: number): ParseIntResult {
  const fn = 'ParseInt'
  if (s.length === 0) return { value: 0n, err: syntaxError(fn, s) }
  let neg = false
  let body = s
  if (s[0] === 43) body = s.subarray(1)
  else if (s[0] === 45) { neg = true; body = s.subarray(1) }
  const u = parseUint(body, base, bitSize)
  if (u.err !== undefined && u.err.kind !== 'range') {
    u.err.func = fn
    u.err.num = s
    return { value: 0n, err: u.err }
  }
  if (bitSize === 0) bitSize = 64
  const cutoff = 1n << BigInt(bitSize - 1)
  if (!neg && u.value >= cutoff) return { value: cutoff - 1n, err: rangeError(fn, s) }
  if (neg && u.value > cutoff) return { value: -cutoff, err: rangeError(fn, s) }
  return { value: neg ? -u.value : u.value }
}

/** Go's strconv.Atoi (int is 64-bit). */
export function atoi (s: Uint8Array): ParseIntResult {
  const fn = 'Atoi'
  const sLen = s.length
  if (sLen > 0 && sLen < 16) { // Go uses < 19; up to 15 digits stay exact in a double
    let i = 0
    if (s[0] === 45 || s[0] === 43) {
      i = 1
      if (sLen < 2) return { value: 0n, err: syntaxError(fn, s) }
    }
    let n = 0
    for (; i < sLen; i++) {
      const ch = s[i] - 48
      if (ch < 0 || ch > 9) return { value: 0n, err: syntaxError(fn, s) }
      n = n * 10 + ch
    }
    if (s[0] === 45) n = -n
    return { value: BigInt(n) }
  }
  const r = parseInt(s, 10, 0)
  if (r.err !== undefined) r.err.func = fn
  return r
}

const TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True']
const FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False']

/** Go's strconv.ParseBool. */
export function parseBool (s: Uint8Array): { value: boolean, err?: NumError } {
  let str = ''
  if (s.length <= 5) for (const c of s) str += String.fromCharCode(c)
  if (TRUE.includes(str)) return { value: true }
  if (FALSE.includes(str)) return { value: false }
  return { value: false, err: syntaxError('ParseBool', s) }
}

/** Go's strconv.FormatBool. */
export function formatBool (b: boolean): string { return b ? 'true' : 'false' }
