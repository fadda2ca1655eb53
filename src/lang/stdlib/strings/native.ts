/** Native helpers of package strings on Go byte strings. */
import { decodeRune, runeToStr } from '../../runtime/value.ts'

/**
 * strings.Map(mapping, s) for a total mapping (never negative), as Go's ToUpper/ToLower: ASCII
 * strings take a fast path; invalid UTF-8 bytes become U+FFFD, as Go's Map writes them.
 */
export function mapRunes (s: string, mapping: (r: number) => number, upper: boolean): string {
  let ascii = true
  let change = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x80) { ascii = false; break }
    if (upper ? (c >= 97 && c <= 122) : (c >= 65 && c <= 90)) change = true
  }
  if (ascii) {
    if (!change) return s
    let out = ''
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      out += String.fromCharCode(upper ? (c >= 97 && c <= 122 ? c - 32 : c) : (c >= 65 && c <= 90 ? c + 32 : c))
    }
    return out
  }
  let out = ''
  let from = 0 // start of the pending unchanged run
  for (let i = 0; i < s.length;) {
    const c0 = s.charCodeAt(i)
    let r: number
    let w: number
    if (c0 < 0x80) { r = c0; w = 1 } else {
      r = decodeRune(s, i)
      w = width(s, i)
    }
    const m = mapping(r)
    const invalid = r === 0xfffd && w === 1
    if (m !== r || invalid) {
      out += s.slice(from, i) + runeToStr(m)
      from = i + w
    }
    i += w
  }
  return out + s.slice(from)
}

function width (s: string, i: number): number {
  const c0 = s.charCodeAt(i)
  if (c0 < 0xc2 || c0 > 0xf4) return 1
  const need = c0 < 0xe0 ? 2 : c0 < 0xf0 ? 3 : 4
  const lo = c0 === 0xe0 ? 0xa0 : c0 === 0xf0 ? 0x90 : 0x80
  const hi = c0 === 0xed ? 0x9f : c0 === 0xf4 ? 0x8f : 0xbf
  const c1 = s.charCodeAt(i + 1)
  if (!(c1 >= lo && c1 <= hi)) return 1
  for (let k = 2; k < need; k++) {
    const c = s.charCodeAt(i + k)
    if (!(c >= 0x80 && c <= 0xbf)) return 1
  }
  return need
}
