/**
 * Runes of Go byte strings (one char per byte): forward and backward decoding with Go's rules for
 * invalid UTF-8 (each bad byte is one U+FFFD of width 1), and sets of runes for cutsets.
 */
import { decodeRune, decoded } from '../utf8/bytestring.ts'

export const RuneError = 0xfffd

/** The rune at byte i of s, its width left in `at.width`. */
export const at = { width: 1 }
export function runeAt (s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c < 0x80) { at.width = 1; return c }
  const r = decodeRune(s, i)
  at.width = decoded.width
  return r
}

/**
 * The last rune of s[:end], its width left in `last.width`: a start byte is looked for among the
 * last four bytes, and a sequence that does not end exactly at `end` is one bad byte.
 */
export const last = { width: 1 }
export function runeBefore (s: string, end: number): number {
  const c = s.charCodeAt(end - 1)
  if (c < 0x80) { last.width = 1; return c }
  let start = end - 1
  const floor = Math.max(0, end - 4)
  while (start > floor && (s.charCodeAt(start) & 0xc0) === 0x80) start--
  const r = decodeRune(s.slice(start, end), 0)
  if (start + decoded.width !== end) { last.width = 1; return RuneError }
  last.width = decoded.width
  return r
}

/** Whether r is a Unicode scalar value (in range, not a surrogate). */
export function validRune (r: number): boolean {
  return r >= 0 && r <= 0x10ffff && !(r >= 0xd800 && r <= 0xdfff)
}

/** The runes of a cutset or a chars argument, invalid bytes counting as U+FFFD. */
export class RuneSet {
  private readonly ascii = new Uint8Array(128)
  private readonly others = new Set<number>()
  readonly empty: boolean
  constructor (chars: string) {
    this.empty = chars.length === 0
    for (let i = 0; i < chars.length; i += at.width) {
      const r = runeAt(chars, i)
      if (r < 0x80) this.ascii[r] = 1
      else this.others.add(r)
    }
  }

  has (r: number): boolean {
    return r < 0x80 ? this.ascii[r] === 1 : this.others.has(r)
  }
}

// Programs pass the same few cutsets again and again; the cache is cleared when it fills up.
const sets = new Map<string, RuneSet>()
export function runeSet (chars: string): RuneSet {
  let set = sets.get(chars)
  if (set === undefined) {
    if (sets.size >= 256) sets.clear()
    set = new RuneSet(chars)
    sets.set(chars, set)
  }
  return set
}

/** Number of runes in s. */
export function countRunes (s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i += at.width) { runeAt(s, i); n++ }
  return n
}
