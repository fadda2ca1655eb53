/**
 * Edits of Go byte strings as packages strings and bytes define them: trimming (as byte ranges),
 * Replace, a Replacer's pass, ToValidUTF8 and Title.
 */
import { RuneError, at, last, runeAt, runeBefore, runeSet } from './runes.ts'
import { runeToStr } from '../utf8/bytestring.ts'
import { isSpace, isLetter, isDigit, toTitle } from '../unicode/index.ts'

/** Where s is left after trimming the runes of cutset from the start (`left`) and/or the end. */
export function trimRange (s: string, cutset: string, left: boolean, right: boolean): [number, number] {
  let start = 0
  let end = s.length
  if (cutset.length === 0) return [start, end]
  const set = runeSet(cutset)
  if (left) while (start < end && set.has(runeAt(s, start))) start += at.width
  if (right) while (end > start && set.has(runeBefore(s.slice(start, end), end - start))) end -= last.width
  return [start, end]
}

/** Where s is left after trimming Unicode white space from both ends. */
export function trimSpaceRange (s: string): [number, number] {
  let start = 0
  let end = s.length
  while (start < end && isSpace(runeAt(s, start))) start += at.width
  while (end > start && isSpace(runeBefore(s, end))) end -= last.width
  return [start, end]
}

/**
 * s with the first n (all when n < 0) non-overlapping occurrences of old replaced by new; an
 * empty old matches before every rune and at the end.
 */
export function replace (s: string, old: string, neu: string, n: number): string {
  if (n === 0 || old === neu) return s
  let out = ''
  let done = 0
  let from = 0
  if (old.length === 0) {
    for (let i = 0; (n < 0 || done < n); i += at.width) {
      out += s.slice(from, i) + neu
      from = i
      done++
      if (i >= s.length) break
      runeAt(s, i)
    }
    return out + s.slice(from)
  }
  for (let i = s.indexOf(old); i >= 0 && (n < 0 || done < n); i = s.indexOf(old, from)) {
    out += s.slice(from, i) + neu
    from = i + old.length
    done++
  }
  return done === 0 ? s : out + s.slice(from)
}

/** A Replacer's pairs prepared for matching: at each byte, the candidates by their first byte. */
interface Pairs {
  byFirst: Map<number, number[]>
  /** index of the first pair whose old string is empty, or -1 */
  empty: number
  olds: string[]
  news: string[]
}

function prepare (oldnew: string[]): Pairs {
  const p: Pairs = { byFirst: new Map(), empty: -1, olds: [], news: [] }
  for (let k = 0; k + 1 < oldnew.length; k += 2) {
    const idx = p.olds.length
    p.olds.push(oldnew[k]); p.news.push(oldnew[k + 1])
    if (oldnew[k].length === 0) {
      if (p.empty < 0) p.empty = idx
      continue
    }
    const c = oldnew[k].charCodeAt(0)
    const list = p.byFirst.get(c)
    if (list === undefined) p.byFirst.set(c, [idx])
    else list.push(idx)
  }
  return p
}

/** The first pair, in argument order, whose non-empty old string starts s at i (-1: none). */
function firstMatch (p: Pairs, s: string, i: number, before: number): number {
  const list = p.byFirst.get(s.charCodeAt(i))
  if (list === undefined) return -1
  for (const k of list) {
    if (k > before) break
    if (s.startsWith(p.olds[k], i)) return k
  }
  return -1
}

// A Replacer is built once and used many times: its prepared pairs are kept by the pair list.
const prepared = new WeakMap<object, Pairs>()

/**
 * One pass of a Replacer over s: at each byte the first pair (in argument order) whose old string
 * is there wins, and matching resumes after it. An empty old string matches at every byte (and
 * at the end) where no earlier pair does, once per position: after it, a later non-empty pair
 * may still match there.
 */
export function replacePairs (key: object, oldnew: string[], s: string): string {
  let p = prepared.get(key)
  if (p === undefined) { p = prepare(oldnew); prepared.set(key, p) }
  if (p.olds.length === 0) return s
  const anyPair = Number.MAX_SAFE_INTEGER
  let out = ''
  let from = 0
  let i = 0
  while (i <= s.length) {
    const before = p.empty >= 0 ? p.empty : anyPair
    const k = i < s.length ? firstMatch(p, s, i, before) : -1
    if (k >= 0) {
      out += s.slice(from, i) + p.news[k]
      i += p.olds[k].length
      from = i
      continue
    }
    if (p.empty >= 0) {
      out += s.slice(from, i) + p.news[p.empty]
      from = i
      const later = i < s.length ? firstMatch(p, s, i, anyPair) : -1
      if (later >= 0) {
        out += p.news[later]
        i += p.olds[later].length
        from = i
        continue
      }
    }
    i++
  }
  return from === 0 && out === '' ? s : out + s.slice(from)
}

/** s with each run of invalid UTF-8 bytes replaced by replacement. */
export function toValidUTF8 (s: string, replacement: string): string {
  let out = ''
  let from = 0
  let inBad = false
  for (let i = 0; i < s.length; i += at.width) {
    const bad = runeAt(s, i) === RuneError && at.width === 1
    if (bad && !inBad) out += s.slice(from, i) + replacement
    if (!bad && inBad) from = i
    inBad = bad
  }
  return inBad ? out : out + s.slice(from)
}

/** Whether r separates words for Title: ASCII other than letters, digits and '_'; and spaces. */
function separates (r: number): boolean {
  if (r < 0x80) {
    const alnum = (r >= 48 && r <= 57) || (r >= 65 && r <= 90) || (r >= 97 && r <= 122)
    return !(alnum || r === 95)
  }
  if (isLetter(r) || isDigit(r)) return false
  return isSpace(r)
}

/** s with the first rune of each word in title case (bad bytes become U+FFFD, as Map writes them). */
export function title (s: string): string {
  let out = ''
  let prev = 0x20
  for (let i = 0; i < s.length; i += at.width) {
    const r = runeAt(s, i)
    out += runeToStr(separates(prev) ? toTitle(r) : r)
    prev = r
  }
  return out
}
