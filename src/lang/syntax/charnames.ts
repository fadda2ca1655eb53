/**
 * How the scanner names a character in its messages: `U+0040 '@'` (Go's `%#U`) and `'x'` (Go's
 * `%q` of a rune). Kept here rather than borrowed from constant/, so syntax depends on nothing.
 */

import { isPrint } from './unicode.ts'

const hex = (c: number, width: number): string => c.toString(16).padStart(width, '0')

/** `U+00E9 'é'`; the quoted glyph only for printable characters. */
export function codePointName (c: number): string {
  const code = 'U+' + hex(c, 4).toUpperCase()
  return isPrint(c) ? `${code} '${String.fromCodePoint(c)}'` : code
}

/** Escapes that Go writes with a letter after the backslash. */
const LETTER_ESCAPES = new Map<number, string>([
  [7, 'a'], [8, 'b'], [9, 't'], [10, 'n'], [11, 'v'], [12, 'f'], [13, 'r'],
])

/** A character between single quotes, escaped as Go's `%q` would: `'a'`, `'\n'`, `'\''`. */
export function quotedChar (c: number): string {
  let body: string
  if (c === 39 || c === 92) body = '\\' + String.fromCharCode(c)
  else if (isPrint(c)) body = String.fromCodePoint(c)
  else if (LETTER_ESCAPES.has(c)) body = '\\' + LETTER_ESCAPES.get(c)!
  else if (c < 0x20 || c === 0x7f) body = '\\x' + hex(c, 2)
  else if (c < 0x10000) body = '\\u' + hex(c, 4)
  else body = '\\U' + hex(c, 8)
  return `'${body}'`
}

/** The word Go uses for a number base in literal and escape messages. */
export function baseWord (base: number): string {
  return base === 2 ? 'binary' : base === 8 ? 'octal' : base === 10 ? 'decimal' : 'hexadecimal'
}
