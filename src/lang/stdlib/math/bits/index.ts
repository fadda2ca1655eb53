/**
 * Package math/bits: Go declarations (bits.go) bound to src/lang/native/bits. uint and int cross
 * as number|bigint (canonical), uint64 as bigint, smaller sizes as numbers.
 *
 * @example
 * ```go
 * hi, lo := bits.Mul64(1<<63, 4) // 2, 0
 * ```
 */
import type { NativeEnv } from '../../package.ts'
import { sources, names } from './source.ts'
import * as b from '../../../native/bits/index.ts'
import { norm } from '../../../runtime/int.ts'

type U = number | bigint
const u64 = (x: U): bigint => BigInt.asUintN(64, typeof x === 'number' ? BigInt(x) : x)
const pair = ([x, y]: [bigint, bigint]): [U, U] => [norm(x), norm(y)]

export const natives = (env: NativeEnv): Record<string, (...a: any[]) => any> => ({
  LeadingZeros: (x: U) => b.leadingZeros64(u64(x)),
  LeadingZeros8: b.leadingZeros8,
  LeadingZeros16: b.leadingZeros16,
  LeadingZeros32: b.leadingZeros32,
  LeadingZeros64: b.leadingZeros64,
  TrailingZeros: (x: U) => b.trailingZeros64(u64(x)),
  TrailingZeros8: b.trailingZeros8,
  TrailingZeros16: b.trailingZeros16,
  TrailingZeros32: b.trailingZeros32,
  TrailingZeros64: b.trailingZeros64,
  OnesCount: (x: U) => b.onesCount64(u64(x)),
  OnesCount8: b.onesCount8,
  OnesCount16: b.onesCount16,
  OnesCount32: b.onesCount32,
  OnesCount64: b.onesCount64,
  RotateLeft: (x: U, k: U) => norm(b.rotateLeft64(u64(x), Number(BigInt.asIntN(32, BigInt(k))))),
  RotateLeft8: (x: number, k: U) => b.rotateLeft8(x, Number(BigInt.asIntN(32, BigInt(k)))),
  RotateLeft16: (x: number, k: U) => b.rotateLeft16(x, Number(BigInt.asIntN(32, BigInt(k)))),
  RotateLeft32: (x: number, k: U) => b.rotateLeft32(x, Number(BigInt.asIntN(32, BigInt(k)))),
  RotateLeft64: (x: bigint, k: U) => b.rotateLeft64(x, Number(BigInt.asIntN(32, BigInt(k)))),
  Reverse: (x: U) => norm(b.reverse64(u64(x))),
  Reverse8: b.reverse8,
  Reverse16: b.reverse16,
  Reverse32: b.reverse32,
  Reverse64: b.reverse64,
  ReverseBytes: (x: U) => norm(b.reverseBytes64(u64(x))),
  ReverseBytes16: b.reverseBytes16,
  ReverseBytes32: b.reverseBytes32,
  ReverseBytes64: b.reverseBytes64,
  Len: (x: U) => b.len64(u64(x)),
  Len8: b.len8,
  Len16: b.len16,
  Len32: b.len32,
  Len64: b.len64,
  Add: (x: U, y: U, c: U) => pair(b.add64(u64(x), u64(y), u64(c))),
  Add32: b.add32,
  Add64: b.add64,
  Sub: (x: U, y: U, c: U) => pair(b.sub64(u64(x), u64(y), u64(c))),
  Sub32: b.sub32,
  Sub64: b.sub64,
  Mul: (x: U, y: U) => pair(b.mul64(u64(x), u64(y))),
  Mul32: b.mul32,
  Mul64: b.mul64,
  overflow: () => env.rt.panicRuntime('integer overflow'),
  div: (hi: U, lo: U, y: U) => pair(b.div64(u64(hi), u64(lo), u64(y))),
  div32: b.div32,
  div64: b.div64,
  rem: (hi: U, lo: U, y: U) => norm(b.rem64(u64(hi), u64(lo), u64(y))),
  rem32: b.rem32,
  rem64: b.rem64
})

export default ({ path: 'math/bits', source: sources, names, natives })
