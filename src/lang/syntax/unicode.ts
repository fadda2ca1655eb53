/**
 * Go's unicode.IsLetter, unicode.IsDigit and unicode.IsPrint (Unicode 13, as Go 1.19), from
 * generated range tables — the same answers on every engine, unlike `\p{L}` regexes.
 */

import { DIGIT_RANGES, LETTER_RANGES, PRINT_RANGES } from './unicode-tables.ts'

function inRanges(t: Uint32Array, r: number): boolean {
  let lo = 0
  let hi = (t.length >> 1) - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (r < t[2 * mid]) hi = mid - 1
    else if (r > t[2 * mid + 1]) lo = mid + 1
    else return true
  }
  return false
}

export function isLetter(r: number): boolean {
  if (r < 0x80) return (r >= 97 && r <= 122) || (r >= 65 && r <= 90)
  return inRanges(LETTER_RANGES, r)
}

export function isDigit(r: number): boolean {
  if (r < 0x80) return r >= 48 && r <= 57
  return inRanges(DIGIT_RANGES, r)
}

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f
  return inRanges(PRINT_RANGES, r)
}
