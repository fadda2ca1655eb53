/**
 * UTF-8 on byte arrays as Go's unicode/utf8 defines it: a byte that does not start a well-formed
 * sequence (overlong forms, surrogates and values past U+10FFFF included) decodes as RuneError
 * of width 1. Written for Amigo from the encoding's definition (RFC 3629).
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

/** Length of the sequence a lead byte starts: 1 for ASCII, 2–4, or 0 for a byte no sequence starts with. */
function sequenceLength (lead: number): number {
  if (lead < 0x80) return 1
  if (lead < 0xc2) return 0 // continuation bytes, and C0/C1 which could only be overlong
  if (lead < 0xe0) return 2
  if (lead < 0xf0) return 3
  if (lead <= 0xf4) return 4
  return 0
}

/**
 * The allowed range of the byte after a lead byte: narrower than 80..BF where the lead byte
 * alone would allow overlong forms (E0, F0), surrogates (ED) or runes past U+10FFFF (F4).
 */
function secondLow (lead: number): number { return lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80 }
function secondHigh (lead: number): number { return lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf }

const isContinuation = (b: number): boolean => (b & 0xc0) === 0x80

/** DecodeRune(p[from:end]): [rune, width]; [RuneError, 0] when empty. */
export function decodeRune (p: Uint8Array, from = 0, end = p.length): [number, number] {
  if (from >= end) return [RuneError, 0]
  const lead = p[from]
  const len = sequenceLength(lead)
  if (len === 1) return [lead, 1]
  if (len === 0 || end - from < len) return [RuneError, 1]
  const second = p[from + 1]
  if (second < secondLow(lead) || second > secondHigh(lead)) return [RuneError, 1]
  let r = (lead & (0x7f >> len)) << 6 | (second & 0x3f)
  for (let k = 2; k < len; k++) {
    const b = p[from + k]
    if (!isContinuation(b)) return [RuneError, 1]
    r = r << 6 | (b & 0x3f)
  }
  return [r, len]
}

/** RuneStart: whether b can begin an encoded rune (every byte but a continuation byte can). */
export function runeStart (b: number): boolean { return !isContinuation(b) }

/**
 * DecodeLastRune(p[startOf:end]): the rune whose encoding ends at `end`, looking back at most
 * UTFMax bytes for its start; a sequence that does not end exactly at `end` is one bad byte.
 */
export function decodeLastRune (p: Uint8Array, startOf = 0, end = p.length): [number, number] {
  if (end <= startOf) return [RuneError, 0]
  const lastByte = p[end - 1]
  if (lastByte < RuneSelf) return [lastByte, 1]
  const floor = Math.max(startOf, end - UTFMax)
  let start = end - 1
  while (start > floor && isContinuation(p[start])) start--
  const [r, width] = decodeRune(p, start, end)
  return start + width === end ? [r, width] : [RuneError, 1]
}

/** FullRune(p[from:end]): whether p begins with a whole encoding, valid or not (a bad byte is whole). */
export function fullRune (p: Uint8Array, from = 0, end = p.length): boolean {
  const have = end - from
  if (have === 0) return false
  const lead = p[from]
  const len = sequenceLength(lead)
  if (len <= 1 || have >= len) return true
  // a prefix that already went wrong decodes now, as RuneError of width 1
  if (have === 1) return false
  if (p[from + 1] < secondLow(lead) || p[from + 1] > secondHigh(lead)) return true
  return have > 2 && !isContinuation(p[from + 2])
}

/** RuneLen(r): bytes needed to encode r, or -1 when r is not a valid rune. */
export function runeLen (r: number): number {
  if (!validRune(r)) return -1
  return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4
}

/** ValidRune(r): a Unicode scalar value (in range, not a surrogate half). */
export function validRune (r: number): boolean {
  return r >= 0 && r <= MaxRune && (r < 0xd800 || r > 0xdfff)
}

/** EncodeRune into p at offset `at`; returns the width written. Invalid runes encode RuneError. */
export function encodeRune (p: Uint8Array, r: number, at = 0): number {
  const v = validRune(r) ? r : RuneError
  if (v < 0x80) { p[at] = v; return 1 }
  const width = v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
  const leadMarks = [0, 0, 0xc0, 0xe0, 0xf0][width]
  for (let k = width - 1; k > 0; k--) p[at + k] = 0x80 | ((v >> (6 * (width - 1 - k))) & 0x3f)
  p[at] = leadMarks | (v >> (6 * (width - 1)))
  return width
}

/** The UTF-8 encoding of r (RuneError's if r is invalid), as a new array: AppendRune's bytes. */
export function runeBytes (r: number): Uint8Array {
  const b = new Uint8Array(UTFMax)
  return b.subarray(0, encodeRune(b, r))
}

/** RuneCount(p[from:end]). */
export function runeCount (p: Uint8Array, from = 0, end = p.length): number {
  let n = 0
  for (let i = from; i < end; n++) i += p[i] < RuneSelf ? 1 : decodeRune(p, i, end)[1]
  return n
}

/** Valid(p[from:end]): whether all of it is well-formed UTF-8. */
export function valid (p: Uint8Array, from = 0, end = p.length): boolean {
  for (let i = from; i < end;) {
    if (p[i] < RuneSelf) { i++; continue }
    const [r, width] = decodeRune(p, i, end)
    if (r === RuneError && width === 1) return false
    i += width
  }
  return true
}

/** The runes of p, as `for range` over a string yields them (bad bytes give RuneError). */
export function runes (p: Uint8Array): number[] {
  const out: number[] = []
  for (let i = 0; i < p.length;) {
    const [r, width] = decodeRune(p, i)
    out.push(r)
    i += width
  }
  return out
}

/** The UTF-8 encoding of runes, as string([]rune) gives it. */
export function fromRunes (rs: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(rs.length * UTFMax)
  let n = 0
  for (let i = 0; i < rs.length; i++) n += encodeRune(out, rs[i], n)
  return out.slice(0, n)
}

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8')
/** A JS string as the bytes of the Go string. */
export function bytesOf (s: string): Uint8Array { return encoder.encode(s) }
/** The bytes of a Go string as a JS string (bad sequences become U+FFFD). */
export function stringOf (b: Uint8Array): string { return decoder.decode(b) }
