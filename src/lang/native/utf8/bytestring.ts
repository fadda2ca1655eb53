/**
 * UTF-8 over Go byte strings (one JS char per byte, see src/lang/runtime/value.ts): decoding a
 * rune at a byte offset and encoding a rune, with Go's rules for invalid input (U+FFFD, width 1).
 */
/** width in bytes of the rune decodeRune last decoded (an object, so importers see updates) */
export const decoded = { width: 1 }
/** The rune at byte offset i (Go's utf8.DecodeRuneInString); its width is left in `decoded.width`. */
export function decodeRune (s: string, i: number): number {
  const c0 = s.charCodeAt(i)
  if (c0 < 0x80) { decoded.width = 1; return c0 }
  const n = s.length
  decoded.width = 1
  if (c0 < 0xc2 || c0 > 0xf4) return 0xfffd
  const c1 = i + 1 < n ? s.charCodeAt(i + 1) : -1
  if (c0 < 0xe0) {
    if ((c1 & 0xc0) !== 0x80 || c1 < 0) return 0xfffd
    decoded.width = 2
    return ((c0 & 0x1f) << 6) | (c1 & 0x3f)
  }
  const lo = c0 === 0xe0 ? 0xa0 : c0 === 0xf0 ? 0x90 : 0x80
  const hi = c0 === 0xed ? 0x9f : c0 === 0xf4 ? 0x8f : 0xbf
  if (c1 < lo || c1 > hi) return 0xfffd
  const c2 = i + 2 < n ? s.charCodeAt(i + 2) : -1
  if ((c2 & 0xc0) !== 0x80 || c2 < 0) return 0xfffd
  if (c0 < 0xf0) {
    decoded.width = 3
    return ((c0 & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f)
  }
  const c3 = i + 3 < n ? s.charCodeAt(i + 3) : -1
  if ((c3 & 0xc0) !== 0x80 || c3 < 0) return 0xfffd
  decoded.width = 4
  return ((c0 & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f)
}
/** A rune as a Go byte string (invalid runes become U+FFFD). */
export function runeToStr (r: number | bigint): string {
  let c = typeof r === 'bigint' ? (r >= 0n && r <= 0x10ffffn ? Number(r) : 0xfffd) : r
  if (c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) c = 0xfffd
  if (c < 0x80) return String.fromCharCode(c)
  if (c < 0x800) return String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 0x3f))
  if (c < 0x10000) return String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f))
  return String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f))
}
