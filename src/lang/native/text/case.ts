/** Case mapping of Go byte strings (ToUpper, ToLower, ToTitle of packages strings and bytes). */
import { runeToStr } from '../utf8/bytestring.ts'
import { RuneError, at, runeAt } from './runes.ts'

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
    const r = runeAt(s, i)
    const w = at.width
    const m = mapping(r)
    const invalid = r === RuneError && w === 1
    if (m !== r || invalid) {
      out += s.slice(from, i) + runeToStr(m)
      from = i + w
    }
    i += w
  }
  return out + s.slice(from)
}
