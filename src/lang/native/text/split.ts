/**
 * Where package strings and bytes cut a text: Split's pieces, Fields' words, as [start, end)
 * byte ranges, so that strings can take substrings and bytes subslices of the same input.
 */
import { at, runeAt, countRunes } from './runes.ts'
import { isSpace } from '../unicode/index.ts'

/** Flat [start0, end0, start1, end1, …] byte ranges. */
export type Ranges = number[]

/**
 * The pieces of SplitN/SplitAfterN(s, sep, n) (n ≠ 0): around (after, when `keep`) each sep, at
 * most n pieces when n > 0 (the last one the rest of s); an empty sep splits between runes.
 */
export function splitRanges (s: string, sep: string, n: number, keep: boolean): Ranges {
  const out: Ranges = []
  if (sep.length === 0) {
    const runes = countRunes(s)
    const pieces = n < 0 || n > runes ? runes : n
    let i = 0
    for (let k = 0; k < pieces - 1; k++) {
      runeAt(s, i)
      out.push(i, i + at.width)
      i += at.width
    }
    if (pieces > 0) out.push(i, s.length)
    return out
  }
  let start = 0
  for (let k = 1; n < 0 || k < n; k++) {
    const m = s.indexOf(sep, start)
    if (m < 0) break
    out.push(start, keep ? m + sep.length : m)
    start = m + sep.length
  }
  out.push(start, s.length)
  return out
}

/**
 * The capacity Go gives SplitN's result: room for n pieces, at most len(s)+1, or exactly the
 * pieces found when n < 0; an empty sep gives exactly the pieces.
 */
export function splitCap (s: string, sep: string, n: number, pieces: number): number {
  if (sep.length === 0 || n < 0) return pieces
  return Math.min(n, s.length + 1)
}

/** The maximal runs of non-space runes of s (Unicode white space). */
export function fieldRanges (s: string): Ranges {
  const out: Ranges = []
  let start = -1
  for (let i = 0; i < s.length; i += at.width) {
    const c = s.charCodeAt(i)
    const space = c < 0x80 ? (at.width = 1, c === 32 || (c >= 9 && c <= 13)) : isSpace(runeAt(s, i))
    if (space) {
      if (start >= 0) { out.push(start, i); start = -1 }
    } else if (start < 0) start = i
  }
  if (start >= 0) out.push(start, s.length)
  return out
}
