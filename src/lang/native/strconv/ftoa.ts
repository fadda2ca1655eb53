/**
 * strconv.FormatFloat, byte for byte as Go prints it: formats 'b', 'e', 'E', 'f', 'g', 'G', 'x',
 * 'X', precision −1 (the shortest digits that read back as the same value) or explicit, for
 * float32 and float64.
 */
import { hiBits, loBits, float32bits } from '../float.ts'
import type { Digits } from './decimal.ts'
import { shortest32, shortest64 } from './shortest.ts'
import { fixedDigits } from './fixed.ts'
import { layoutB, layoutE, layoutF, layoutG, layoutX } from './layout.ts'

export class FormatFloatError extends Error {
  override name = 'FormatFloatError'
  code = 'ERR_GO_PANIC'
}

interface Decoded {
  negative: boolean
  special?: 'NaN' | '+Inf' | '-Inf'
  mant: number // with the implicit bit of normal numbers
  e2: number // value = mant × 2^e2
  lopsided: boolean // a power of two above the smallest normal: the gap below is half the gap above
}

function decode (x: number, bitSize: number): Decoded {
  let negative: boolean, field: number, biased: number, mantBits: number, maxBiased: number, bias: number
  if (bitSize === 64) {
    const hi = hiBits(x)
    negative = hi >>> 31 !== 0
    biased = (hi >>> 20) & 0x7ff
    field = (hi & 0xfffff) * 4294967296 + loBits(x)
    mantBits = 52
    maxBiased = 0x7ff
    bias = 1075
  } else if (bitSize === 32) {
    const b = float32bits(x)
    negative = b >>> 31 !== 0
    biased = (b >>> 23) & 0xff
    field = b & 0x7fffff
    mantBits = 23
    maxBiased = 0xff
    bias = 150
  } else {
    throw new FormatFloatError('strconv: illegal AppendFloat/FormatFloat bitSize')
  }
  if (biased === maxBiased) {
    return { negative, special: field !== 0 ? 'NaN' : negative ? '-Inf' : '+Inf', mant: 0, e2: 0, lopsided: false }
  }
  if (biased === 0) return { negative, mant: field, e2: 1 - bias, lopsided: false }
  return { negative, mant: field + 2 ** mantBits, e2: biased - bias, lopsided: field === 0 && biased > 1 }
}

/** Go's strconv.FormatFloat(x, fmt, prec, bitSize); fmt is one character. */
export function formatFloat (x: number, fmt: string, prec: number, bitSize: number): string {
  return format(x, fmt, prec, bitSize, true)
}

/** FormatFloat by exact bigint arithmetic only (lets tests check the host-assisted paths). */
export function formatFloatExact (x: number, fmt: string, prec: number, bitSize: number): string {
  return format(x, fmt, prec, bitSize, false)
}

function format (x: number, fmt: string, prec: number, bitSize: number, fast: boolean): string {
  const v = decode(x, bitSize)
  if (v.special !== undefined) return v.special
  if (fmt === 'b') return layoutB(v.negative, v.mant, v.e2)
  if (fmt === 'x' || fmt === 'X') return layoutX(v.negative, v.mant, v.e2, prec, fmt === 'X')
  const kind = fmt === 'e' || fmt === 'E' ? 'e' : fmt === 'f' ? 'f' : fmt === 'g' || fmt === 'G' ? 'g' : undefined
  if (kind === undefined) return '%' + fmt
  const ax = Math.abs(bitSize === 32 ? Math.fround(x) : x)
  const e = fmt === 'E' || fmt === 'G' ? 'E' : 'e'
  if (prec < 0) {
    const d: Digits = bitSize === 64 ? shortest64(ax) : shortest32(ax, v.mant, v.e2, v.lopsided, fast)
    if (kind === 'e') return layoutE(v.negative, d, Math.max(d.nd - 1, 0), e)
    if (kind === 'f') return layoutF(v.negative, d, Math.max(d.nd - d.dp, 0))
    return layoutG(v.negative, d, d.nd, true, e)
  }
  const d = fixedDigits(ax, kind, prec, v.mant, v.e2, fast)
  if (kind === 'e') return layoutE(v.negative, d, prec, e)
  if (kind === 'f') return layoutF(v.negative, d, prec)
  return layoutG(v.negative, d, Math.max(prec, 1), false, e)
}
