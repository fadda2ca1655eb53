/**
 * Searching Go byte strings as package strings (and bytes, on the bytes as a string) defines it:
 * rune searches decode s, so invalid bytes match U+FFFD, and byte offsets are returned.
 */
import { RuneError, at, last, runeAt, runeBefore, runeSet, validRune, countRunes } from './runes.ts'
import { runeToStr } from '../utf8/bytestring.ts'
import { simpleFold } from '../unicode/index.ts'

/** Non-overlapping occurrences of sub in s; an empty sub occurs before every rune and at the end. */
export function count (s: string, sub: string): number {
  if (sub.length === 0) return countRunes(s) + 1
  let n = 0
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++
  return n
}

/** The first rune of s equal to r: any bad byte or U+FFFD for RuneError, -1 for an invalid rune. */
export function indexRune (s: string, r: number): number {
  if (r >= 0 && r < 0x80) return s.indexOf(String.fromCharCode(r))
  if (r === RuneError) {
    for (let i = 0; i < s.length; i += at.width) if (runeAt(s, i) === RuneError) return i
    return -1
  }
  if (!validRune(r)) return -1
  return s.indexOf(runeToStr(r))
}

/** The first rune of s that is one of chars's runes. */
export function indexAny (s: string, chars: string): number {
  if (chars.length === 0) return -1
  const set = runeSet(chars)
  for (let i = 0; i < s.length; i += at.width) if (set.has(runeAt(s, i))) return i
  return -1
}

/** The last rune of s that is one of chars's runes. */
export function lastIndexAny (s: string, chars: string): number {
  if (chars.length === 0) return -1
  const set = runeSet(chars)
  for (let end = s.length; end > 0; end -= last.width) {
    if (set.has(runeBefore(s, end))) return end - last.width
  }
  return -1
}

/** Whether s and t are equal under Unicode simple case folding, rune by rune. */
export function equalFold (s: string, t: string): boolean {
  let i = 0
  let j = 0
  while (i < s.length && j < t.length) {
    const a = runeAt(s, i); i += at.width
    const b = runeAt(t, j); j += at.width
    if (a !== b && !sameFold(a, b)) return false
  }
  return i === s.length && j === t.length
}

function sameFold (a: number, b: number): boolean {
  if (a < 0x80 && b < 0x80) {
    const la = a >= 65 && a <= 90 ? a + 32 : a
    const lb = b >= 65 && b <= 90 ? b + 32 : b
    return la === lb && la >= 97 && la <= 122
  }
  // the runes that fold together form a cycle under simpleFold
  for (let r = simpleFold(a); r !== a; r = simpleFold(r)) if (r === b) return true
  return false
}
