/**
 * Go's unicode.IsLetter, unicode.IsDigit and unicode.IsPrint for the scanner: ASCII here, the rest
 * from the project's one Unicode table set (src/lang/native/unicode) — the same answers on every
 * engine, unlike `\p{L}` regexes.
 */
import { isLetter as isLetterU, isDigit as isDigitU, isPrint as isPrintU } from '../native/unicode/index.ts'

export function isLetter (r: number): boolean {
  if (r < 0x80) return (r >= 97 && r <= 122) || (r >= 65 && r <= 90)
  return isLetterU(r)
}

export function isDigit (r: number): boolean {
  if (r < 0x80) return r >= 48 && r <= 57
  return isDigitU(r)
}

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint (r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f
  return isPrintU(r)
}
