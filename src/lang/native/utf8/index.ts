/**
 * Go's unicode/utf8 on byte arrays, with Go's exact handling of invalid input (RuneError, width 1).
 *
 * @example
 * ```ts
 * import { decodeRune } from './index.ts'
 * decodeRune(new Uint8Array([0xe4, 0xb8, 0x96]), 0) // [0x4e16, 3]
 * ```
 */

export const RuneError = 0xfffd
export const RuneSelf = 0x80
export const MaxRune = 0x10ffff
export const UTFMax = 4

const xx = 0xf1; const as = 0xf0
const s1 = 0x02; const s2 = 0x13; const s3 = 0x03; const s4 = 0x23; const s5 = 0x34; const s6 = 0x04; const s7 = 0x44
const first = new Uint8Array(256)
for (let i = 0; i < 256; i++) {
  first[i] = i < 0x80 ? as : i < 0xc2 ? xx : i < 0xe0 ? s1 : i === 0xe0 ? s2 : i === 0xed ? s4 : i < 0xf0 ? s3 : i === 0xf0 ? s5 : i < 0xf4 ? s6 : i === 0xf4 ? s7 : xx
}
const acceptLo = [0x80, 0xa0, 0x80, 0x90, 0x80]
const acceptHi = [0xbf, 0xbf, 0x9f, 0xbf, 0x8f]

/** DecodeRune(p[from:end]): [rune, size]. `end` defaults to p.length. */
export function decodeRune (p: Uint8Array, from = 0, end = p.length): [number, number] {
  const n = end - from
  if (n < 1) return [RuneError, 0]
  const p0 = p[from]
  const x = first[p0]
  if (x >= as) return x === as ? [p0, 1] : [RuneError, 1]
  const sz = x & 7
  const ai = x >> 4
  if (n < sz) return [RuneError, 1]
  const b1 = p[from + 1]
  if (b1 < acceptLo[ai] || acceptHi[ai] < b1) return [RuneError, 1]
  if (sz <= 2) return [((p0 & 0x1f) << 6) | (b1 & 0x3f), 2]
  const b2 = p[from + 2]
  if (b2 < 0x80 || 0xbf < b2) return [RuneError, 1]
  if (sz <= 3) return [((p0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f), 3]
  const b3 = p[from + 3]
  if (b3 < 0x80 || 0xbf < b3) return [RuneError, 1]
  return [((p0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f), 4]
}

/** RuneStart: whether b could be the first byte of an encoded rune. */
export function runeStart (b: number): boolean { return (b & 0xc0) !== 0x80 }

/** DecodeLastRune(p[start:end]). */
export function decodeLastRune (p: Uint8Array, startOf = 0, end = p.length): [number, number] {
  if (end - startOf === 0) return [RuneError, 0]
  let start = end - 1
  const r = p[start]
  if (r < RuneSelf) return [r, 1]
  let lim = end - UTFMax
  if (lim < startOf) lim = startOf
  for (start--; start >= lim; start--) if (runeStart(p[start])) break
  if (start < startOf) start = startOf
  const [rr, size] = decodeRune(p, start, end)
  if (start + size !== end) return [RuneError, 1]
  return [rr, size]
}

/** FullRune(p[from:end]). */
export function fullRune (p: Uint8Array, from = 0, end = p.length): boolean {
  const n = end - from
  if (n === 0) return false
  const x = first[p[from]]
  if (n >= (x & 7)) return true
  const ai = x >> 4
  if (n > 1 && (p[from + 1] < acceptLo[ai] || acceptHi[ai] < p[from + 1])) return true
  if (n > 2 && (p[from + 2] < 0x80 || 0xbf < p[from + 2])) return true
  return false
}

/** RuneLen(r): bytes needed to encode r, or -1 if r is not a valid rune. */
export function runeLen (r: number): number {
  if (r < 0) return -1
  if (r <= 0x7f) return 1
  if (r <= 0x7ff) return 2
  if (r >= 0xd800 && r <= 0xdfff) return -1
  if (r <= 0xffff) return 3
  if (r <= MaxRune) return 4
  return -1
}

/** ValidRune(r). */
export function validRune (r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= MaxRune)
}

/** EncodeRune into p at offset `at`; returns the width written. Invalid runes encode RuneError. */
export function encodeRune (p: Uint8Array, r: number, at = 0): number {
  const i = r >>> 0
  if (i <= 0x7f) { p[at] = i; return 1 }
  if (i <= 0x7ff) { p[at] = 0xc0 | (i >> 6); p[at + 1] = 0x80 | (i & 0x3f); return 2 }
  let v = i
  if (v > MaxRune || (v >= 0xd800 && v <= 0xdfff)) v = RuneError
  if (v <= 0xffff) {
    p[at] = 0xe0 | (v >> 12); p[at + 1] = 0x80 | ((v >> 6) & 0x3f); p[at + 2] = 0x80 | (v & 0x3f)
    return 3
  }
  p[at] = 0xf0 | (v >> 18); p[at + 1] = 0x80 | ((v >> 12) & 0x3f); p[at + 2] = 0x80 | ((v >> 6) & 0x3f); p[at + 3] = 0x80 | (v & 0x3f)
  return 4
}

/** The UTF-8 encoding of r (RuneError's if r is invalid), as a new array: AppendRune's bytes. */
export function runeBytes (r: number): Uint8Array {
  const b = new Uint8Array(4)
  return b.subarray(0, encodeRune(b, r))
}

/** RuneCount(p[from:end]). */
export function runeCount (p: Uint8Array, from = 0, end = p.length): number {
  let n = 0
  let i = from
  while (i < end) {
    if (p[i] < RuneSelf) { i++; n++; continue }
    i += decodeRune(p, i, end)[1]
    n++
  }
  return n
}

/** Valid(p): whether p is entirely valid UTF-8. */
export function valid (p: Uint8Array, from = 0, end = p.length): boolean {
  let i = from
  while (i < end) {
    if (p[i] < RuneSelf) { i++; continue }
    const [r, size] = decodeRune(p, i, end)
    if (r === RuneError && size === 1) return false
    i += size
  }
  return true
}

/** Decodes a Go string (bytes) to its runes, as `for range` does (invalid bytes give RuneError). */
export function runes (p: Uint8Array): number[] {
  const out: number[] = []
  for (let i = 0; i < p.length;) {
    const [r, size] = decodeRune(p, i)
    out.push(r)
    i += size
  }
  return out
}

/** Encodes runes to UTF-8 bytes, as Go's string([]rune) does. */
export function fromRunes (rs: ArrayLike<number>): Uint8Array {
  const tmp = new Uint8Array(rs.length * 4)
  let n = 0
  for (let i = 0; i < rs.length; i++) n += encodeRune(tmp, rs[i], n)
  return tmp.slice(0, n)
}

const enc = new TextEncoder()
const dec = new TextDecoder('utf-8')
/** Convenience: a JS string as Go string bytes. */
export function bytesOf (s: string): Uint8Array { return enc.encode(s) }
/** Convenience: Go string bytes as a JS string (invalid sequences become U+FFFD). */
export function stringOf (b: Uint8Array): string { return dec.decode(b) }
