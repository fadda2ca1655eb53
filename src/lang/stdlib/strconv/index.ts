/**
 * Package strconv: Go declarations (strconv.go) bound to the native algorithms of
 * src/lang/native/strconv. Strings cross as Go byte strings; int64/uint64 as bigint.
 *
 * @example
 * ```go
 * f, err := strconv.ParseFloat("1e400", 64) // +Inf, strconv.ParseFloat: parsing "1e400": value out of range
 * ```
 */
import type { NativeEnv } from '../package.ts'
import { sources, names } from './source.ts'
import * as sc from '../../native/strconv/index.ts'
import { strToBytes, bytesToStr } from '../../runtime/value.ts'
import { norm } from '../../runtime/int.ts'
import type { NumError } from '../../native/strconv/index.ts'

function code (e: NumError | undefined): number {
  if (e === undefined) return 0
  switch (e.kind) {
    case 'syntax': return 1
    case 'range': return 2
    case 'base': return 3
    default: return 4
  }
}
const num = (x: number | bigint): number => typeof x === 'number' ? x : Number(BigInt.asIntN(64, x))
const str = (b: Uint8Array): string => bytesToStr(b)

export const natives = (env: NativeEnv): Record<string, (...a: any[]) => any> => ({
  parseFloat: (s: string, bitSize: number | bigint) => {
    const r = sc.parseFloat(strToBytes(s), num(bitSize) === 32 ? 32 : 64)
    return [r.value, code(r.err)]
  },
  parseFloatPrefix: (s: string, bitSize: number | bigint) => {
    const r = sc.parseFloatPrefix(strToBytes(s), num(bitSize) === 32 ? 32 : 64)
    return [r.value, r.n, code(r.err)]
  },
  parseInt: (s: string, base: number | bigint, bitSize: number | bigint) => {
    const r = sc.parseInt(strToBytes(s), num(base), num(bitSize))
    return [r.value, code(r.err)]
  },
  parseUint: (s: string, base: number | bigint, bitSize: number | bigint) => {
    const r = sc.parseUint(strToBytes(s), num(base), num(bitSize))
    return [r.value, code(r.err)]
  },
  atoi: (s: string) => {
    const r = sc.atoi(strToBytes(s))
    return [norm(r.value), code(r.err)]
  },
  // the Go wrappers have checked bitSize and base (and panic as Go does)
  formatFloat: (f: number, fmt: number, prec: number | bigint, bitSize: number | bigint) => {
    const p = num(prec)
    if (p > 0) env.allocate(p)
    return sc.formatFloat(f, String.fromCharCode(fmt), p, num(bitSize))
  },
  formatInt: (i: bigint, base: number | bigint) => sc.formatInt(i, num(base)),
  formatUint: (i: bigint, base: number | bigint) => sc.formatUint(i, num(base)),
  Itoa: (i: number | bigint) => String(i),
  Quote: (s: string) => str(sc.quoteString(strToBytes(s))),
  QuoteToASCII: (s: string) => str(sc.quoteToASCII(strToBytes(s))),
  QuoteToGraphic: (s: string) => str(sc.quoteToGraphic(strToBytes(s))),
  QuoteRune: (r: number) => str(sc.quoteRune(r)),
  QuoteRuneToASCII: (r: number) => str(sc.quoteRuneToASCII(r)),
  QuoteRuneToGraphic: (r: number) => str(sc.quoteRuneToGraphic(r)),
  CanBackquote: (s: string) => sc.canBackquote(strToBytes(s)),
  IsPrint: (r: number) => sc.isPrint(r),
  IsGraphic: (r: number) => sc.isGraphic(r),
  unquote: (s: string) => { const u = sc.unquoteString(strToBytes(s)); return u === undefined ? ['', false] : [str(u), true] },
  quotedPrefix: (s: string) => { const u = sc.quotedPrefix(strToBytes(s)); return u === undefined ? ['', false] : [str(u), true] },
  unquoteChar: (s: string, quote: number) => {
    const b = strToBytes(s)
    const r = sc.unquoteChar(b, 0, quote)
    return r.ok ? [r.value, r.multibyte, s.slice(r.tail), true] : [0, false, '', false]
  }
})

export default ({ path: 'strconv', source: sources, names, natives })
