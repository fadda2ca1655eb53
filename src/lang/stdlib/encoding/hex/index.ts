/**
 * Package encoding/hex: Go source (hex.go) with the encoding and decoding of byte runs native
 * (src/lang/native/hex), and fmt's %#U of a byte for the error text.
 *
 * @example
 * ```go
 * hex.EncodeToString([]byte("hi")) // "6869"
 * ```
 */
import type { NativeEnv } from '../../package.ts'
import { sources, names } from './source.ts'
import { encodeInto, decodeInto } from '../../../native/hex/index.ts'
import type { Slice } from '../../../runtime/value.ts'

/** fmt's %#U of a byte: U+0067 'g'; the quoted form only for printable runes (as a Go byte string). */
export function quoteByteU (b: number): string {
  const u = 'U+' + b.toString(16).toUpperCase().padStart(4, '0')
  const printable = (b >= 0x20 && b <= 0x7e) || (b >= 0xa1 && b !== 0xad)
  if (!printable) return u
  const ch = b < 0x80 ? String.fromCharCode(b) : String.fromCharCode(0xc0 | (b >> 6), 0x80 | (b & 0x3f))
  return u + " '" + ch + "'"
}

export const natives = (env: NativeEnv): Record<string, (...a: any[]) => any> => ({
  quoteByteU,
  encode: (dst: Slice, src: Slice) => {
    env.charge(1 + (src.len >> 3))
    encodeInto(dst.a, dst.off, src.a, src.off, src.len)
  },
  decode: (dst: Slice, src: Slice) => {
    env.charge(1 + (src.len >> 3))
    const r = decodeInto(dst.a, dst.off, src.a, src.off, src.len)
    return [r.n, r.err === undefined ? -1 : r.err.kind === 'length' ? -2 : r.err.byte]
  }
})

export default ({ path: 'encoding/hex', source: sources, names, natives })
