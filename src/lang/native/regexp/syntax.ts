/**
 * The regular expression syntax tree and the class helpers the parser and compiler share.
 * Written for Amigo from the RE2 syntax as Go's regexp/syntax documents it.
 */

/** A parsed regular expression. Classes are sorted, merged [lo, hi] rune pairs. */
export type Node =
  | { k: 'empty' }
  | { k: 'class', ranges: number[] }
  | { k: 'assert', what: Assertion }
  | { k: 'cap', index: number, sub: Node }
  | { k: 'cat', subs: Node[], spread?: boolean } // spread: \Q...\E, whose runes are separate atoms
  | { k: 'alt', subs: Node[] }
  | { k: 'rep', min: number, max: number, greedy: boolean, sub: Node }

/** bol/eol: start and end of a line (flag m); bot/eot: of the text; wb/nwb: \b and \B. */
export type Assertion = 'bol' | 'eol' | 'bot' | 'eot' | 'wb' | 'nwb'

export const MaxRune = 0x10ffff

/** The parse error: Go's code text and the offending part of the expression (a byte string). */
export class SyntaxError {
  constructor (readonly code: string, readonly expr: string) {}
  get message (): string { return 'error parsing regexp: ' + this.code + ': `' + this.expr + '`' }
}

/** Sorts and merges rune pairs. */
export function normalize (ranges: number[]): number[] {
  const pairs: Array<[number, number]> = []
  for (let i = 0; i < ranges.length; i += 2) pairs.push([ranges[i], ranges[i + 1]])
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const out: number[] = []
  for (const [lo, hi] of pairs) {
    const n = out.length
    if (n > 0 && lo <= out[n - 1] + 1) {
      if (hi > out[n - 1]) out[n - 1] = hi
    } else {
      out.push(lo, hi)
    }
  }
  return out
}

/** The complement of normalized pairs within [0, MaxRune]. */
export function negate (ranges: number[]): number[] {
  const out: number[] = []
  let next = 0
  for (let i = 0; i < ranges.length; i += 2) {
    if (ranges[i] > next) out.push(next, ranges[i] - 1)
    next = ranges[i + 1] + 1
  }
  if (next <= MaxRune) out.push(next, MaxRune)
  return out
}

/** Whether r is in normalized pairs (binary search). */
export function inRanges (ranges: number[], r: number): boolean {
  let lo = 0
  let hi = ranges.length / 2 - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (r < ranges[2 * mid]) hi = mid - 1
    else if (r > ranges[2 * mid + 1]) lo = mid + 1
    else return true
  }
  return false
}
