/**
 * Package encoding/base64: Go source (base64.go) with the encoding and decoding of byte runs
 * native (src/lang/native/base64); an Encoding's decode map is built once per alphabet, padding
 * and strictness.
 *
 * @example
 * ```go
 * base64.StdEncoding.EncodeToString([]byte("hi")) // "aGk="
 * ```
 */
import type { NativeEnv } from '../../package.ts'
import { sources, names } from './source.ts'
import { newEncoding, encodeInto, decodeInto, type Encoding } from '../../../native/base64/index.ts'
import type { Slice } from '../../../runtime/value.ts'

/** Encodings by alphabet, padding and strictness: a program uses few, so the cache stays small. */
const encodings = new Map<string, Encoding>()
function encodingOf (alphabet: string, pad: number, strict: boolean): Encoding {
  const key = `${pad}:${strict ? 1 : 0}:${alphabet}`
  let e = encodings.get(key)
  if (e === undefined) {
    e = newEncoding(alphabet, pad, strict) // Go's NewEncoding/WithPadding checked the arguments
    encodings.set(key, e)
  }
  return e
}

export const natives = (env: NativeEnv): Record<string, (...a: any[]) => any> => ({
  encode: (alphabet: string, pad: number, dst: Slice, src: Slice) => {
    env.charge(1 + (src.len >> 3))
    encodeInto(encodingOf(alphabet, pad, false), dst.a, dst.off, src.a, src.off, src.len)
  },
  decode: (alphabet: string, pad: number, strict: boolean, dst: Slice, src: Slice) => {
    env.charge(1 + (src.len >> 3))
    const r = decodeInto(encodingOf(alphabet, pad, strict), dst.a, dst.off, src.a, src.off, src.len)
    return [r.n, r.err === undefined ? -1 : r.err.offset]
  }
})

export default ({ path: 'encoding/base64', source: sources, names, natives })
