/**
 * Package bytes: Go declarations (bytes.go, buffer.go, reader.go) over natives written for
 * Amigo (src/lang/native/text, shared with package strings: a []byte is searched as a Go byte
 * string). []byte values are runtime Slices over a Uint8Array; the natives return subslices
 * and fresh slices with the lengths, capacities and nil-ness Go's bytes functions give.
 *
 * @example
 * ```go
 * var b bytes.Buffer
 * b.WriteString("hi")
 * bytes.Fields([]byte(" a b ")) // [[97] [98]], each field's capacity ending with it
 * ```
 */
import type { NativeEnv } from '../package.ts'
import { sources, names } from './source.ts'
import { mapRunes } from '../../native/text/case.ts'
import { toUpper, toLower, toTitle } from '../../native/unicode/index.ts'
import { Slice, NIL_SLICE, bytesToStr, strToRunes } from '../../runtime/value.ts'
import { growCap } from '../../runtime/ops.ts'
import { scanGas as scan } from '../../native/text/gas.ts'
import { at, runeAt } from '../../native/text/runes.ts'
import { count, indexRune, indexAny, lastIndexAny, equalFold } from '../../native/text/search.ts'
import { splitRanges, splitCap, fieldRanges, type Ranges } from '../../native/text/split.ts'
import { trimRange, trimSpaceRange, replace, toValidUTF8, title } from '../../native/text/edit.ts'

/** A []byte as a Go byte string. */
function str (s: Slice): string {
  return s.a === null || s.len === 0 ? '' : bytesToStr(s.a, s.off, s.off + s.len)
}

/** s[start:end], its capacity ending at end when `limited` (s[start:end:end]). */
function sub (s: Slice, start: number, end: number, limited = false): Slice {
  if (s.a === null) return NIL_SLICE
  return new Slice(s.a, s.off + start, end - start, limited ? end - start : s.cap - start)
}

/** The capacity Go's allocator gives a byte slice of n bytes (append to nil, []byte(s)). */
function sizeClass (n: number): number {
  return n === 0 ? 0 : growCap(0, n, 1)
}

/**
 * The capacity of a slice made with capacity `initial` to which text's runes were appended one
 * by one, as bytes.Map builds its result.
 */
function appendedCap (text: string, initial: number): number {
  if (text.length <= initial) return initial
  let cap = initial
  for (let n = 0; n < text.length; n += at.width) {
    runeAt(text, n)
    if (n + at.width > cap) cap = growCap(cap, n + at.width, 1)
  }
  return cap
}

export const natives = (env: NativeEnv): Record<string, (...a: any[]) => any> => {
  /** A new []byte holding text, with capacity cap. */
  const fresh = (text: string, cap = text.length): Slice => {
    env.allocate(cap)
    const a = new Uint8Array(cap)
    for (let i = 0; i < text.length; i++) a[i] = text.charCodeAt(i)
    return new Slice(a, 0, text.length, cap)
  }
  /** append([]byte(nil), text...): nil when empty. */
  const copied = (text: string): Slice => text.length === 0 ? NIL_SLICE : fresh(text, sizeClass(text.length))
  /** A [][]byte of s's subslices at ranges: each one's capacity ends with it, but the last's when `restLast`. */
  const pieces = (s: Slice, ranges: Ranges, restLast: boolean, cap = ranges.length / 2): Slice => {
    const n = ranges.length / 2
    env.allocate(cap * 16)
    const a = new Array(cap).fill(NIL_SLICE)
    for (let k = 0; k < n; k++) a[k] = sub(s, ranges[2 * k], ranges[2 * k + 1], !(restLast && k === n - 1))
    return new Slice(a, 0, n, cap)
  }
  const split = (s: Slice, sep: Slice, n: number | bigint, keep: boolean): Slice => {
    const limit = Number(n)
    if (limit === 0) return NIL_SLICE
    env.charge(scan(s.len))
    const text = str(s)
    const sepText = str(sep)
    const ranges = splitRanges(text, sepText, limit, keep)
    return pieces(s, ranges, true, splitCap(text, sepText, limit, ranges.length / 2))
  }
  /** A case mapping's result: an unchanged ASCII text is a copy; others are built as Map builds them. */
  const mapped = (s: Slice, mapping: (r: number) => number, upper: boolean, asciiFast: boolean): Slice => {
    env.charge(scan(s.len))
    const text = str(s)
    const out = mapRunes(text, mapping, upper)
    let ascii = asciiFast
    for (let i = 0; ascii && i < text.length; i++) if (text.charCodeAt(i) >= 0x80) ascii = false
    if (ascii) return out === text ? fresh(text, sizeClass(text.length)) : fresh(out)
    return fresh(out, appendedCap(out, text.length))
  }
  const search = (s: Slice): string => { env.charge(scan(s.len)); return str(s) }
  return {
    Clone: (b: Slice) => b.a === null ? NIL_SLICE : fresh(str(b), sizeClass(b.len)),
    Compare: (a: Slice, b: Slice) => {
      const n = Math.min(a.len, b.len)
      for (let i = 0; i < n; i++) {
        const x = a.a[a.off + i]; const y = b.a[b.off + i]
        if (x !== y) return x < y ? -1 : 1
      }
      return a.len < b.len ? -1 : a.len > b.len ? 1 : 0
    },
    Equal: (a: Slice, b: Slice) => {
      if (a.len !== b.len) return false
      for (let i = 0; i < a.len; i++) if (a.a[a.off + i] !== b.a[b.off + i]) return false
      return true
    },

    Contains: (b: Slice, sub: Slice) => search(b).includes(str(sub)),
    ContainsAny: (b: Slice, chars: string) => indexAny(search(b), chars) >= 0,
    ContainsRune: (b: Slice, r: number) => indexRune(search(b), r) >= 0,
    Count: (s: Slice, sep: Slice) => count(search(s), str(sep)),
    HasPrefix: (s: Slice, prefix: Slice) => prefix.len <= s.len && str(sub(s, 0, prefix.len)) === str(prefix),
    HasSuffix: (s: Slice, suffix: Slice) => suffix.len <= s.len && str(sub(s, s.len - suffix.len, s.len)) === str(suffix),
    Index: (s: Slice, sep: Slice) => search(s).indexOf(str(sep)),
    IndexAny: (s: Slice, chars: string) => indexAny(search(s), chars),
    IndexByte: (b: Slice, c: number) => {
      for (let i = 0; i < b.len; i++) if (b.a[b.off + i] === c) return i
      return -1
    },
    IndexRune: (s: Slice, r: number) => indexRune(search(s), r),
    LastIndex: (s: Slice, sep: Slice) => search(s).lastIndexOf(str(sep)),
    LastIndexAny: (s: Slice, chars: string) => lastIndexAny(search(s), chars),
    LastIndexByte: (s: Slice, c: number) => {
      for (let i = s.len - 1; i >= 0; i--) if (s.a[s.off + i] === c) return i
      return -1
    },
    EqualFold: (s: Slice, t: Slice) => equalFold(search(s), str(t)),

    Cut: (s: Slice, sep: Slice) => {
      const i = search(s).indexOf(str(sep))
      return i < 0 ? [s, NIL_SLICE, false] : [sub(s, 0, i), sub(s, i + sep.len, s.len), true]
    },
    CutPrefix: (s: Slice, prefix: Slice) => {
      if (prefix.len > s.len || str(sub(s, 0, prefix.len)) !== str(prefix)) return [s, false]
      return [sub(s, prefix.len, s.len), true]
    },
    CutSuffix: (s: Slice, suffix: Slice) => {
      if (suffix.len > s.len || str(sub(s, s.len - suffix.len, s.len)) !== str(suffix)) return [s, false]
      return [sub(s, 0, s.len - suffix.len), true]
    },
    Fields: (s: Slice) => pieces(s, fieldRanges(search(s)), false),
    Join: (list: Slice, sep: Slice) => {
      const parts: string[] = []
      for (let k = 0; k < list.len; k++) parts.push(str(list.a[list.off + k] as Slice))
      if (parts.length === 0) return fresh('')
      if (parts.length === 1) return copied(parts[0])
      const text = parts.join(str(sep))
      env.charge(scan(text.length))
      return fresh(text)
    },
    Split: (s: Slice, sep: Slice) => split(s, sep, -1, false),
    SplitAfter: (s: Slice, sep: Slice) => split(s, sep, -1, true),
    SplitAfterN: (s: Slice, sep: Slice, n: number | bigint) => split(s, sep, n, true),
    SplitN: (s: Slice, sep: Slice, n: number | bigint) => split(s, sep, n, false),

    Replace: (s: Slice, old: Slice, neu: Slice, n: number | bigint) => replaceBytes(s, old, neu, Number(n)),
    ReplaceAll: (s: Slice, old: Slice, neu: Slice) => replaceBytes(s, old, neu, -1),
    Runes: (s: Slice) => {
      const runes = strToRunes(search(s))
      env.allocate(runes.length * 8)
      return new Slice(runes, 0, runes.length, runes.length)
    },
    Title: (s: Slice) => {
      const out = title(search(s))
      return fresh(out, appendedCap(out, s.len))
    },
    ToLower: (s: Slice) => mapped(s, toLower, false, true),
    ToTitle: (s: Slice) => mapped(s, toTitle, true, false),
    ToUpper: (s: Slice) => mapped(s, toUpper, true, true),
    ToValidUTF8: (s: Slice, replacement: Slice) => {
      const out = toValidUTF8(search(s), str(replacement))
      return fresh(out, appendedCap(out, s.len + replacement.len))
    },
    Trim: (s: Slice, cutset: string) => {
      if (s.len === 0) return NIL_SLICE
      if (cutset.length === 0) return s
      const [start, end] = trimRange(search(s), cutset, true, true)
      return start === s.len ? NIL_SLICE : sub(s, start, end)
    },
    TrimLeft: (s: Slice, cutset: string) => {
      if (s.len === 0) return NIL_SLICE
      if (cutset.length === 0) return s
      const [start] = trimRange(search(s), cutset, true, false)
      return start === s.len ? NIL_SLICE : sub(s, start, s.len)
    },
    TrimPrefix: (s: Slice, prefix: Slice) => {
      if (prefix.len > s.len || str(sub(s, 0, prefix.len)) !== str(prefix)) return s
      return sub(s, prefix.len, s.len)
    },
    TrimRight: (s: Slice, cutset: string) => {
      if (s.len === 0 || cutset.length === 0) return s
      const [, end] = trimRange(search(s), cutset, false, true)
      return sub(s, 0, end)
    },
    TrimSpace: (s: Slice) => {
      const [start, end] = trimSpaceRange(search(s))
      return start === end ? NIL_SLICE : sub(s, start, end)
    },
    TrimSuffix: (s: Slice, suffix: Slice) => {
      if (suffix.len > s.len || str(sub(s, s.len - suffix.len, s.len)) !== str(suffix)) return s
      return sub(s, 0, s.len - suffix.len)
    },

    repeat: (b: Slice, count: number | bigint) => {
      const n = Number(count)
      env.allocate(b.len * n)
      env.charge(scan(b.len * n))
      return fresh(str(b).repeat(n))
    },
    sizeClass: (n: number | bigint) => sizeClass(Number(n))
  }

  /** Replace always returns a new slice: exactly as long as the result, or a copy of s when nothing matched. */
  function replaceBytes (s: Slice, old: Slice, neu: Slice, n: number): Slice {
    const text = search(s)
    const oldText = str(old)
    const matches = n === 0 ? 0 : count(text, oldText)
    if (matches === 0) return copied(text)
    return fresh(replace(text, oldText, str(neu), n))
  }
}

export default ({ path: 'bytes', source: sources, names, natives })
