/**
 * Package strings: Go declarations (strings.go, builder.go, reader.go, replacer.go) over natives
 * written for Amigo (src/lang/native/text). Strings are Go byte strings (one char per byte).
 *
 * @example
 * ```go
 * strings.ToUpper("héllo") // "HÉLLO"
 * strings.NewReplacer("a", "1", "b", "2").Replace("abc") // "12c"
 * ```
 */
import type { NativeEnv } from '../package.ts'
import { sources, names } from './source.ts'
import { mapRunes } from '../../native/text/case.ts'
import { toUpper, toLower, toTitle } from '../../native/unicode/index.ts'
import { Slice, NIL_SLICE, bytesToStr } from '../../runtime/value.ts'
import { growCap } from '../../runtime/ops.ts'
import { count, indexRune, indexAny, lastIndexAny, equalFold } from '../../native/text/search.ts'
import { splitRanges, splitCap, fieldRanges, type Ranges } from '../../native/text/split.ts'
import { scanGas } from '../../native/text/gas.ts'
import { trimRange, trimSpaceRange, replace, replacePairs, toValidUTF8, title } from '../../native/text/edit.ts'

const scan = scanGas

export const natives = (env: NativeEnv): Record<string, (...a: any[]) => any> => {
  /** A []string of the substrings of s at ranges, with capacity cap. */
  const pieces = (s: string, ranges: Ranges, cap = ranges.length / 2): Slice => {
    const n = ranges.length / 2
    env.allocate(cap * 16)
    const a = new Array(cap).fill('')
    for (let k = 0; k < n; k++) a[k] = s.slice(ranges[2 * k], ranges[2 * k + 1])
    return new Slice(a, 0, n, cap)
  }
  const split = (s: string, sep: string, n: number | bigint, keep: boolean): Slice => {
    const limit = Number(n)
    if (limit === 0) return NIL_SLICE
    env.charge(scan(s.length))
    const ranges = splitRanges(s, sep, limit, keep)
    const out = pieces(s, ranges, splitCap(s, sep, limit, ranges.length / 2))
    if (sep.length === 0) {
      // splitting into runes writes a bad byte as RuneError's encoding (the rest stays as it is)
      for (let k = 0; k < out.len - 1; k++) if ((out.a[k] as string).charCodeAt(0) >= 0x80 && out.a[k].length === 1) out.a[k] = '\xef\xbf\xbd'
    }
    return out
  }
  /** A result string the program did not have before: its bytes count against the memory limit. */
  const fresh = (s: string, input: string): string => {
    if (s !== input) env.allocate(s.length)
    return s
  }
  const trimmed = (s: string, [start, end]: [number, number]): string => s.slice(start, end)
  return {
    Clone: (s: string) => { env.allocate(s.length); return s },
    Compare: (a: string, b: string) => a === b ? 0 : a < b ? -1 : 1,

    Contains: (s: string, sub: string) => { env.charge(scan(s.length)); return s.includes(sub) },
    ContainsAny: (s: string, chars: string) => { env.charge(scan(s.length)); return indexAny(s, chars) >= 0 },
    ContainsRune: (s: string, r: number) => { env.charge(scan(s.length)); return indexRune(s, r) >= 0 },
    Count: (s: string, sub: string) => { env.charge(scan(s.length)); return count(s, sub) },
    HasPrefix: (s: string, prefix: string) => s.startsWith(prefix),
    HasSuffix: (s: string, suffix: string) => s.endsWith(suffix),
    Index: (s: string, sub: string) => { env.charge(scan(s.length)); return s.indexOf(sub) },
    IndexAny: (s: string, chars: string) => { env.charge(scan(s.length)); return indexAny(s, chars) },
    IndexByte: (s: string, c: number) => { env.charge(scan(s.length)); return s.indexOf(String.fromCharCode(c)) },
    IndexRune: (s: string, r: number) => { env.charge(scan(s.length)); return indexRune(s, r) },
    LastIndex: (s: string, sub: string) => { env.charge(scan(s.length)); return s.lastIndexOf(sub) },
    LastIndexAny: (s: string, chars: string) => { env.charge(scan(s.length)); return lastIndexAny(s, chars) },
    LastIndexByte: (s: string, c: number) => { env.charge(scan(s.length)); return s.lastIndexOf(String.fromCharCode(c)) },
    EqualFold: (s: string, t: string) => { env.charge(scan(s.length)); return equalFold(s, t) },

    Cut: (s: string, sep: string) => {
      env.charge(scan(s.length))
      const i = s.indexOf(sep)
      return i < 0 ? [s, '', false] : [s.slice(0, i), s.slice(i + sep.length), true]
    },
    CutPrefix: (s: string, prefix: string) => s.startsWith(prefix) ? [s.slice(prefix.length), true] : [s, false],
    CutSuffix: (s: string, suffix: string) => s.endsWith(suffix) ? [s.slice(0, s.length - suffix.length), true] : [s, false],
    Fields: (s: string) => { env.charge(scan(s.length)); return pieces(s, fieldRanges(s)) },
    Join: (elems: Slice, sep: string) => {
      let total = sep.length * Math.max(0, elems.len - 1)
      for (let k = 0; k < elems.len; k++) total += (elems.a[elems.off + k] as string).length
      env.allocate(total)
      env.charge(scan(total))
      let out = ''
      for (let k = 0; k < elems.len; k++) out += (k > 0 ? sep : '') + (elems.a[elems.off + k] as string)
      return out
    },
    Split: (s: string, sep: string) => split(s, sep, -1, false),
    SplitAfter: (s: string, sep: string) => split(s, sep, -1, true),
    SplitAfterN: (s: string, sep: string, n: number | bigint) => split(s, sep, n, true),
    SplitN: (s: string, sep: string, n: number | bigint) => split(s, sep, n, false),

    Replace: (s: string, old: string, neu: string, n: number | bigint) => {
      env.charge(scan(s.length))
      return fresh(replace(s, old, neu, Number(n)), s)
    },
    ReplaceAll: (s: string, old: string, neu: string) => { env.charge(scan(s.length)); return fresh(replace(s, old, neu, -1), s) },
    Title: (s: string) => { env.charge(scan(s.length)); return fresh(title(s), s) },
    ToLower: (s: string) => { env.charge(scan(s.length)); return fresh(mapRunes(s, toLower, false), s) },
    ToTitle: (s: string) => { env.charge(scan(s.length)); return fresh(mapRunes(s, toTitle, true), s) },
    ToUpper: (s: string) => { env.charge(scan(s.length)); return fresh(mapRunes(s, toUpper, true), s) },
    ToValidUTF8: (s: string, replacement: string) => { env.charge(scan(s.length)); return fresh(toValidUTF8(s, replacement), s) },
    Trim: (s: string, cutset: string) => { env.charge(scan(s.length)); return trimmed(s, trimRange(s, cutset, true, true)) },
    TrimLeft: (s: string, cutset: string) => { env.charge(scan(s.length)); return trimmed(s, trimRange(s, cutset, true, false)) },
    TrimPrefix: (s: string, prefix: string) => s.startsWith(prefix) ? s.slice(prefix.length) : s,
    TrimRight: (s: string, cutset: string) => { env.charge(scan(s.length)); return trimmed(s, trimRange(s, cutset, false, true)) },
    TrimSpace: (s: string) => { env.charge(scan(s.length)); return trimmed(s, trimSpaceRange(s)) },
    TrimSuffix: (s: string, suffix: string) => s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s,

    repeat: (s: string, count: number | bigint) => {
      const n = Number(count)
      const size = s.length * n
      env.allocate(size)
      env.charge(scan(size))
      return s.repeat(n)
    },
    replacePairs: (oldnew: Slice, s: string) => {
      env.charge(scan(s.length))
      if (oldnew.a === null) return s
      const pairs = oldnew.a.slice(oldnew.off, oldnew.off + oldnew.len) as string[]
      return fresh(replacePairs(oldnew.a, pairs, s), s)
    },

    'Builder.Write': (b: Builder, p: Slice) => {
      append(env, b, p.len === 0 ? '' : bytesToStr(p.a, p.off, p.off + p.len))
      return [p.len, null]
    },
    'Builder.WriteByte': (b: Builder, c: number) => { append(env, b, String.fromCharCode(c)); return null },
    'Builder.WriteString': (b: Builder, s: string) => { append(env, b, s); return [s.length, null] }
  }
}

/** strings.Builder's fields, as natives see them. */
interface Builder { s: string, cap: number | bigint }

/** Appends text to the builder, growing its capacity as Go's append would grow a []byte. */
function append (env: NativeEnv, b: Builder, text: string): void {
  const need = b.s.length + text.length
  const cap = Number(b.cap)
  if (need > cap) b.cap = growCap(cap, need, 1)
  const s = b.s + text
  // the host shares both parts (a rope): count what appending adds, as string concatenation does
  if (s.length > 4096) env.allocate(text.length + 16)
  b.s = s
}

export default ({ path: 'strings', source: sources, names, natives })
