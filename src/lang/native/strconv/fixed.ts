/**
 * Digits for an explicit precision (%e, %f, %g): the exact decimal expansion rounded half to
 * even. The host's toFixed/toExponential round the exact binary value correctly too but resolve
 * exact ties upwards, so they are used only where no tie is possible.
 */
import { type Digits, exactDigits, round } from './decimal.ts'
import { fractionBits } from './shortest.ts'

export type FixedFormat = 'e' | 'f' | 'g'

function trimZeros (digits: string, dp: number): Digits {
  let lead = 0
  while (lead < digits.length && digits.charCodeAt(lead) === 48) lead++
  let nd = digits.length
  while (nd > lead && digits.charCodeAt(nd - 1) === 48) nd--
  return nd === lead ? { d: '', nd: 0, dp: 0 } : { d: digits.slice(lead, nd), nd: nd - lead, dp: dp - lead }
}

/** From the host, when the digit after the rounding position cannot be an exact tie. */
function fromHost (x: number, kind: FixedFormat, prec: number, mant: number, e2: number): Digits | undefined {
  const fracBits = fractionBits(mant, e2)
  if (kind === 'f') {
    if (x >= 1e21 || fracBits <= prec + 2) return undefined // toFixed switches to exponents at 1e21
    const s = x.toFixed(prec)
    const dot = s.indexOf('.')
    return dot < 0 ? trimZeros(s, s.length) : trimZeros(s.slice(0, dot) + s.slice(dot + 1), dot)
  }
  const after = kind === 'e' ? prec : Math.max(prec, 1) - 1 // digits after the first
  if (after > 100) return undefined
  const s = x.toExponential(after)
  const e = s.indexOf('e')
  const exp10 = Number(s.slice(e + 1))
  if (fracBits <= Math.max(0, after - exp10 + 2)) return undefined
  return trimZeros(s.slice(0, e).replace('.', ''), exp10 + 1)
}

/** Digits of |x| = mant·2^e2 rounded for format kind at precision prec. */
export function fixedDigits (x: number, kind: FixedFormat, prec: number, mant: number, e2: number, fast: boolean): Digits {
  if (fast && prec <= 60 && mant !== 0) {
    const d = fromHost(x, kind, prec, mant, e2)
    if (d !== undefined) return d
  }
  const exact = exactDigits(BigInt(mant), e2)
  if (kind === 'e') return round(exact, prec + 1)
  if (kind === 'f') return round(exact, exact.dp + prec)
  return round(exact, Math.max(prec, 1))
}
