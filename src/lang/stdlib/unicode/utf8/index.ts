/**
 * Package unicode/utf8: Go declarations (utf8.go) bound to src/lang/native/utf8. Strings are Go
 * byte strings; []byte slices view a Uint8Array.
 *
 * @example
 * ```go
 * r, size := utf8.DecodeRuneInString("世界") // '世', 3
 * ```
 */
import { sources, names } from './source.ts'
import * as u from '../../../native/utf8/index.ts'
import { runeToStr } from '../../../runtime/value.ts'
import type { Slice } from '../../../runtime/value.ts'

/** A Uint8Array over the string's bytes from..to (only the bytes needed are copied). */
function bytesOf (s: string, from = 0, to = s.length): Uint8Array {
  const b = new Uint8Array(to - from)
  for (let i = from; i < to; i++) b[i - from] = s.charCodeAt(i)
  return b
}
/** The slice's bytes as (array, from, end) for the native functions. */
function view (p: Slice): [Uint8Array, number, number] {
  if (p.a === null || p.len === 0) return [new Uint8Array(0), 0, 0]
  const a = p.a instanceof Uint8Array ? p.a : Uint8Array.from(p.a as number[])
  return [a, p.off, p.off + p.len]
}

export const natives = (): Record<string, (...a: any[]) => any> => ({
  FullRune: (p: Slice) => u.fullRune(...view(p)),
  FullRuneInString: (s: string) => u.fullRune(bytesOf(s, 0, Math.min(4, s.length))),
  DecodeRune: (p: Slice) => u.decodeRune(...view(p)),
  DecodeRuneInString: (s: string) => u.decodeRune(bytesOf(s, 0, Math.min(4, s.length))),
  DecodeLastRune: (p: Slice) => u.decodeLastRune(...view(p)),
  DecodeLastRuneInString: (s: string) => u.decodeLastRune(bytesOf(s, Math.max(0, s.length - 4))),
  RuneLen: u.runeLen,
  RuneCount: (p: Slice) => u.runeCount(...view(p)),
  RuneCountInString: (s: string) => {
    let n = 0
    for (let i = 0; i < s.length;) {
      if (s.charCodeAt(i) < 0x80) { i++; n++; continue }
      i += u.decodeRune(bytesOf(s, i, Math.min(i + 4, s.length)))[1]
      n++
    }
    return n
  },
  Valid: (p: Slice) => u.valid(...view(p)),
  ValidString: (s: string) => {
    for (let i = 0; i < s.length;) {
      if (s.charCodeAt(i) < 0x80) { i++; continue }
      const [r, size] = u.decodeRune(bytesOf(s, i, Math.min(i + 4, s.length)))
      if (r === u.RuneError && size === 1) return false
      i += size
    }
    return true
  },
  encode: (r: number) => runeToStr(r)
})

export default ({ path: 'unicode/utf8', source: sources, names, natives })
