/**
 * Package bytes: Go 1.19's bytes package (adapted Go sources, incl. Buffer and Reader) with
 * native byte searches. []byte values are runtime Slices over a Uint8Array.
 *
 * @example
 * ```go
 * var b bytes.Buffer
 * b.WriteString("hi")
 * ```
 */
import { unicodeNatives } from '../unicode-natives.ts'
import { register } from '../registry.ts'
import { sources, names } from './source.ts'
import { bytesToStr, runeCount } from '../../runtime/value.ts'
import type { Slice } from '../../runtime/value.ts'

/** A []byte as a Go byte string (for the host's string searches). */
function str (s: Slice): string {
  if (s.a === null || s.len === 0) return ''
  return bytesToStr(s.a, s.off, s.off + s.len)
}

export const natives = (): Record<string, (...a: any[]) => any> => ({
  ...unicodeNatives,
  Compare: (a: Slice, b: Slice) => {
    const n = Math.min(a.len, b.len)
    for (let i = 0; i < n; i++) {
      const x = a.a[a.off + i]; const y = b.a[b.off + i]
      if (x !== y) return x < y ? -1 : 1
    }
    return a.len < b.len ? -1 : a.len > b.len ? 1 : 0
  },
  Count: (s: Slice, sep: Slice) => {
    const hs = str(s); const nd = str(sep)
    if (nd.length === 0) return runeCount(hs) + 1
    let n = 0
    for (let i = hs.indexOf(nd); i >= 0; i = hs.indexOf(nd, i + nd.length)) n++
    return n
  },
  IndexByte: (b: Slice, c: number) => {
    for (let i = 0; i < b.len; i++) if (b.a[b.off + i] === c) return i
    return -1
  },
  LastIndex: (s: Slice, sep: Slice) => str(s).lastIndexOf(str(sep)),
  Index: (s: Slice, sep: Slice) => str(s).indexOf(str(sep)),
  indexString: (s: string, sub: string) => s.indexOf(sub)
})

register({ path: 'bytes', source: sources, names, natives })
