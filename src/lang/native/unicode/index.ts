/**
 * Go's unicode package (Unicode 13.0.0, as Go 1.19): classification (IsLetter, IsDigit, IsSpace,
 * IsPrint…), case mapping (ToUpper, ToLower, ToTitle, SimpleFold) and range tables for every
 * category, script and property, decoded lazily from the generated tables.ts.
 *
 * @example
 * ```ts
 * import { isLetter, toUpper, is, table } from './index.ts'
 * isLetter(0xe9)  // true ('é')
 * toUpper(0x3b1)  // 0x391 ('Α')
 * is(table('Han')!, 0x4e16) // true
 * ```
 */
import { rangeData, categories, scripts, properties, exportedTables, caseRanges, caseOrbit, Version } from './tables.ts'

export { Version, categories, scripts, properties, exportedTables }

export const MaxRune = 0x10ffff
export const ReplacementChar = 0xfffd
export const MaxASCII = 0x7f
export const MaxLatin1 = 0xff
export const UpperCase = 0
export const LowerCase = 1
export const TitleCase = 2
export const MaxCase = 3

/** A decoded range table: flat [lo, hi, stride] triples, sorted. */
export interface RangeTable {
  name: string
  r: Int32Array
}

const cache = new Map<string, RangeTable>()

/** The range table with a given data key (category "Lu", script "Latin", property "White_Space"...). */
export function table (key: string): RangeTable | undefined {
  let t = cache.get(key)
  if (t !== undefined) return t
  const data = rangeData[key]
  if (data === undefined) return undefined
  const parts = data.split(',')
  const r = new Int32Array(parts.length * 3)
  let prev = 0
  for (let i = 0; i < parts.length; i++) {
    const [g, l, s] = parts[i].split('.')
    const lo = prev + parseInt(g, 36)
    const hi = lo + parseInt(l, 36)
    r[i * 3] = lo; r[i * 3 + 1] = hi; r[i * 3 + 2] = parseInt(s, 36)
    prev = hi
  }
  t = { name: key, r }
  cache.set(key, t)
  return t
}

function must (key: string): RangeTable {
  const t = table(key)
  if (t === undefined) throw new Error('unicode: missing table ' + key)
  return t
}

/** unicode.Is(rangeTab, r). */
export function is (t: RangeTable, r: number): boolean {
  const a = t.r
  const n = a.length / 3
  if (n === 0 || r < a[0] || r > a[a.length - 2]) return false
  let lo = 0; let hi = n
  while (lo < hi) {
    const m = (lo + hi) >> 1
    const rlo = a[m * 3]; const rhi = a[m * 3 + 1]
    if (rlo <= r && r <= rhi) {
      const st = a[m * 3 + 2]
      return st === 1 || (r - rlo) % st === 0
    }
    if (r < rlo) hi = m
    else lo = m + 1
  }
  return false
}

/** unicode.In(r, ranges...). */
export function isIn (r: number, ...ts: RangeTable[]): boolean {
  for (const t of ts) if (is(t, r)) return true
  return false
}

let L: RangeTable, M: RangeTable, N: RangeTable, Nd: RangeTable, P: RangeTable, S: RangeTable, Zs: RangeTable
let Lu: RangeTable, Ll: RangeTable, Lt: RangeTable, Cc: RangeTable, WS: RangeTable
let loaded = false
function load (): void {
  if (loaded) return
  L = must('L'); M = must('M'); N = must('N'); Nd = must('Nd'); P = must('P'); S = must('S'); Zs = must('Zs')
  Lu = must('Lu'); Ll = must('Ll'); Lt = must('Lt'); Cc = must('Cc'); WS = must('White_Space')
  loaded = true
}

function isAsciiLetter (r: number): boolean { return (r >= 65 && r <= 90) || (r >= 97 && r <= 122) }

export function isLetter (r: number): boolean {
  if (r < 0x80) return isAsciiLetter(r)
  load(); return is(L, r)
}
export function isDigit (r: number): boolean {
  if (r <= MaxLatin1) return r >= 48 && r <= 57
  load(); return is(Nd, r)
}
export function isNumber (r: number): boolean {
  if (r < 0x80) return r >= 48 && r <= 57
  load(); return is(N, r)
}
export function isMark (r: number): boolean { load(); return is(M, r) }
export function isPunct (r: number): boolean { load(); return is(P, r) }
export function isSymbol (r: number): boolean { load(); return is(S, r) }
export function isUpper (r: number): boolean {
  if (r < 0x80) return r >= 65 && r <= 90
  load(); return is(Lu, r)
}
export function isLower (r: number): boolean {
  if (r < 0x80) return r >= 97 && r <= 122
  load(); return is(Ll, r)
}
export function isTitle (r: number): boolean {
  if (r <= MaxLatin1) return false
  load(); return is(Lt, r)
}
/** IsControl: only C0/C1 control characters (Latin-1 Cc), as Go. */
export function isControl (r: number): boolean {
  if (r < 0 || r > MaxLatin1) return false
  load(); return is(Cc, r)
}
export function isSpace (r: number): boolean {
  if (r >= 0 && r <= MaxLatin1) {
    return r === 0x09 || r === 0x0a || r === 0x0b || r === 0x0c || r === 0x0d || r === 0x20 || r === 0x85 || r === 0xa0
  }
  load(); return is(WS, r)
}
/** IsPrint: letters, marks, numbers, punctuation, symbols and U+0020 (not other spaces). */
export function isPrint (r: number): boolean {
  if (r >= 0x20 && r <= 0x7e) return true
  if (r < 0x80) return false
  load()
  return is(L, r) || is(M, r) || is(N, r) || is(P, r) || is(S, r)
}
/** IsGraphic: IsPrint plus the Zs spaces. */
export function isGraphic (r: number): boolean {
  if (r >= 0x20 && r <= 0x7e) return true
  if (r < 0x80) return false
  load()
  return is(L, r) || is(M, r) || is(N, r) || is(P, r) || is(S, r) || is(Zs, r)
}

function to (c: number, r: number): [number, boolean] {
  if (c < 0 || c >= MaxCase) return [ReplacementChar, false]
  const cr = caseRanges
  let lo = 0; let hi = cr.length / 5
  while (lo < hi) {
    const m = (lo + hi) >> 1
    const clo = cr[m * 5]; const chi = cr[m * 5 + 1]
    if (clo <= r && r <= chi) {
      const delta = cr[m * 5 + 2 + c]
      if (delta > MaxRune) return [clo + (((r - clo) & ~1) | (c & 1)), true]
      return [r + delta, true]
    }
    if (r < clo) hi = m
    else lo = m + 1
  }
  return [r, false]
}

/** unicode.To(_case, r). */
export function toCase (c: number, r: number): number { return to(c, r)[0] }
export function toUpper (r: number): number {
  if (r <= MaxASCII) return r >= 97 && r <= 122 ? r - 32 : r
  return to(UpperCase, r)[0]
}
export function toLower (r: number): number {
  if (r <= MaxASCII) return r >= 65 && r <= 90 ? r + 32 : r
  return to(LowerCase, r)[0]
}
export function toTitle (r: number): number {
  if (r <= MaxASCII) return r >= 97 && r <= 122 ? r - 32 : r
  return to(TitleCase, r)[0]
}

/** unicode.SimpleFold: the next rune in r's case-folding orbit. */
export function simpleFold (r: number): number {
  if (r < 0 || r > MaxRune) return r
  const co = caseOrbit
  let lo = 0; let hi = co.length / 2
  while (lo < hi) {
    const m = (lo + hi) >> 1
    if (co[m * 2] < r) lo = m + 1
    else hi = m
  }
  if (lo < co.length / 2 && co[lo * 2] === r) return co[lo * 2 + 1]
  const l = toLower(r)
  if (l !== r) return l
  return toUpper(r)
}

/** Go's `func(rune) bool` predicates of package unicode, by their Go names (the binding and the tests share it). */
export const goPredicates: Readonly<Record<string, (r: number) => boolean>> = {
  IsLetter: isLetter,
  IsDigit: isDigit,
  IsNumber: isNumber,
  IsSpace: isSpace,
  IsUpper: isUpper,
  IsLower: isLower,
  IsTitle: isTitle,
  IsPunct: isPunct,
  IsPrint: isPrint,
  IsGraphic: isGraphic,
  IsControl: isControl,
  IsSymbol: isSymbol,
  IsMark: isMark
}

/** Go's `func(rune) rune` case mappings of package unicode, by their Go names. */
export const goMappings: Readonly<Record<string, (r: number) => number>> = {
  ToUpper: toUpper,
  ToLower: toLower,
  ToTitle: toTitle,
  SimpleFold: simpleFold
}
