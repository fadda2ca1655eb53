/**
 * time.Parse's reading of a value by a layout, element by element, with Go's error texts.
 * The result is the civil fields and what the value said of the zone; resolving the zone
 * against a Location is the Go side's job (src/lang/stdlib/time).
 */
import { elements, longDayNames, longMonthNames, type Element } from './layout.ts'
import { daysIn, isLeap } from './index.ts'

export interface Parsed {
  year: number
  month: number
  day: number
  hour: number
  min: number
  sec: number
  nsec: number
  /** the value said Z or UTC */
  utc: boolean
  /** a numeric zone, in seconds east of UTC (when hasOffset) */
  offset: number
  hasOffset: boolean
  /** a zone abbreviation such as PST ('' when none) */
  zoneName: string
}

/** A failure as ParseError's fields: the layout element, the value left, and the message. */
export interface ParseFailure { layoutElem: string, valueElem: string, message: string }

class Bad extends Error {
  constructor (readonly valueLeft: string) { super('bad') }
}
class OutOfRange extends Error {
  constructor (readonly what: string, readonly valueLeft: string) { super(what) }
}

const isDigit = (s: string, i: number): boolean => i < s.length && s[i] >= '0' && s[i] <= '9'
const isSep = (c: string | undefined): boolean => c === '.' || c === ','

/** Go's time-package atoi: an optional sign and decimal digits, nothing else. */
function atoi (s: string): number | undefined {
  const m = /^([+-]?)([0-9]+)$/.exec(s)
  if (m === null) return undefined
  const v = Number(m[2])
  if (v > 2 ** 63) return undefined
  return m[1] === '-' ? -v : v
}

/** A short or long English name at the start of s, compared without ASCII case: [index, rest]. */
function name (tab: string[], s: string): [number, string] | undefined {
  for (let i = 0; i < tab.length; i++) {
    const n = tab[i]
    if (s.length >= n.length && s.slice(0, n.length).toLowerCase() === n.toLowerCase()) return [i, s.slice(n.length)]
  }
  return undefined
}

/** The length of a zone abbreviation at the start of s (Go's rules), or 0. */
function zoneNameLength (s: string): number {
  if (s.length < 3) return 0
  if (s.startsWith('ChST') || s.startsWith('MeST')) return 4
  if (s.startsWith('GMT')) return 3 + signedHours(s.slice(3))
  if (s[0] === '+' || s[0] === '-') return signedHours(s)
  let upper = 0
  while (upper < 6 && upper < s.length && s[upper] >= 'A' && s[upper] <= 'Z') upper++
  if (upper === 3) return 3
  if (upper === 4 && (s[3] === 'T' || s.startsWith('WITA'))) return 4
  if (upper === 5 && s[4] === 'T') return 5
  return 0
}

/** The length of "+h"/"-hh" (at most 23 hours) at the start of s, or 0. */
function signedHours (s: string): number {
  const m = /^[+-]([0-9]+)/.exec(s)
  if (m === null || Number(m[1]) > 23) return 0
  return m[0].length
}

/** A cursor over the value: what is left of it. */
class Reader {
  constructor (public rest: string) {}
  /** one or two digits (exactly two when fixed) */
  num (fixed: boolean, most = 2): number {
    const s = this.rest
    if (!isDigit(s, 0)) throw new Bad(s)
    let n = 1
    while (n < most && isDigit(s, n)) n++
    if (fixed && n < most) throw new Bad(s)
    this.rest = s.slice(n)
    return Number(s.slice(0, n))
  }

  take (n: number): string {
    const t = this.rest.slice(0, n)
    this.rest = this.rest.slice(n)
    return t
  }

  /** fractional seconds: the separator and the digits of rest[0:n] */
  nanos (n: number): number {
    const s = this.rest
    this.rest = s.slice(n)
    if (!isSep(s[0])) throw new Bad(this.rest)
    const digits = s.slice(1, Math.min(n, 10))
    const v = atoi(digits)
    if (v === undefined) throw new Bad(this.rest)
    if (v < 0) throw new OutOfRange('fractional second', this.rest)
    return v * 10 ** (9 - digits.length)
  }
}

/** Matches literal layout text; a run of spaces in it matches any run of spaces in the value. */
function skipText (r: Reader, text: string): boolean {
  let t = text
  while (t !== '') {
    if (t[0] === ' ') {
      if (r.rest !== '' && r.rest[0] !== ' ') return false
      t = t.replace(/^ +/, '')
      r.rest = r.rest.replace(/^ +/, '')
      continue
    }
    if (r.rest === '' || r.rest[0] !== t[0]) return false
    t = t.slice(1)
    r.rest = r.rest.slice(1)
  }
  return true
}

/** Parses value by layout (Go byte strings): the fields, or the failure. */
export function parseLayout (layout: string, value: string): Parsed | ParseFailure {
  const els = elements(layout)
  const r = new Reader(value)
  const p: Parsed = { year: 0, month: -1, day: -1, hour: 0, min: 0, sec: 0, nsec: 0, utc: false, offset: 0, hasOffset: false, zoneName: '' }
  let yday = -1
  let half = '' as 'am' | 'pm' | '' // set through setHalf
  const fail = (layoutElem: string, valueElem: string, message = ''): ParseFailure => ({ layoutElem, valueElem, message })
  for (let k = 0; k < els.length; k++) {
    const e = els[k]
    if (e.kind === 'text') {
      if (!skipText(r, e.text)) return fail(e.text, r.rest)
      continue
    }
    const elemText = e.kind === 'field' ? e.field : e.text
    try {
      readElement(e, r, p, els[k + 1], (v) => { yday = v }, (h) => { half = h })
    } catch (x) {
      if (x instanceof OutOfRange) return fail(elemText, x.valueLeft, `: ${x.what} out of range`)
      if (x instanceof Bad) return fail(elemText, x.valueLeft)
      throw x
    }
  }
  if (r.rest !== '') return fail('', r.rest, ': extra text: ' + quote(r.rest))
  if (half === 'pm' && p.hour < 12) p.hour += 12
  else if (half === 'am' && p.hour === 12) p.hour = 0
  if (yday >= 0) {
    const [m, d] = monthDayOf(yday, p.year) ?? [0, 0]
    if (m === 0) return fail('', r.rest, ': day-of-year out of range')
    if (p.month >= 0 && p.month !== m) return fail('', r.rest, ': day-of-year does not match month')
    if (p.day >= 0 && p.day !== d) return fail('', r.rest, ': day-of-year does not match day')
    p.month = m; p.day = d
  } else {
    if (p.month < 0) p.month = 1
    if (p.day < 0) p.day = 1
  }
  if (p.day < 1 || p.day > daysIn(p.month, p.year)) return fail('', r.rest, ': day out of range')
  return p
}

/** Month and day of day-of-year yday (1-based), or undefined past the year's end. */
function monthDayOf (yday: number, year: number): [number, number] | undefined {
  if (yday < 1) return undefined
  for (let m = 1; m <= 12; m++) {
    const n = daysIn(m, year)
    if (yday <= n) return [m, yday]
    yday -= n
  }
  return undefined
}

function readElement (e: Exclude<Element, { kind: 'text' }>, r: Reader, p: Parsed, next: Element | undefined, setYday: (v: number) => void, setHalf: (h: 'am' | 'pm') => void): void {
  if (e.kind === 'fraction') {
    if (!e.trim) {
      if (r.rest.length < e.digits + 1) throw new Bad(r.rest)
      p.nsec = r.nanos(e.digits + 1)
      return
    }
    if (!(isSep(r.rest[0]) && isDigit(r.rest, 1))) return // omitted
    let n = 1
    while (n <= 9 && isDigit(r.rest, n)) n++ // at most nine digits
    p.nsec = r.nanos(n)
    return
  }
  const range = (what: string, ok: boolean): void => { if (!ok) throw new OutOfRange(what, r.rest) }
  switch (e.field) {
    case '2006': {
      if (r.rest.length < 4 || !isDigit(r.rest, 0)) throw new Bad(r.rest)
      const y = atoi(r.take(4))
      if (y === undefined) throw new Bad(r.rest)
      p.year = y
      return
    }
    case '06': {
      if (r.rest.length < 2) throw new Bad(r.rest)
      const before = r.rest
      const y = atoi(r.take(2))
      if (y === undefined) throw new Bad(before) // reported at the year (Go's 2006 does not)
      p.year = y >= 69 ? y + 1900 : y + 2000
      return
    }
    case 'January': case 'Jan': {
      const m = name(e.field === 'Jan' ? longMonthNames.map(n => n.slice(0, 3)) : longMonthNames, r.rest)
      if (m === undefined) throw new Bad(r.rest)
      p.month = m[0] + 1; r.rest = m[1]
      return
    }
    case 'Monday': case 'Mon': { // read, and not checked against the date (as Go)
      const d = name(e.field === 'Mon' ? longDayNames.map(n => n.slice(0, 3)) : longDayNames, r.rest)
      if (d === undefined) throw new Bad(r.rest)
      r.rest = d[1]
      return
    }
    case '1': case '01': p.month = r.num(e.field === '01'); range('month', p.month >= 1 && p.month <= 12); return
    case '2': case '_2': case '02':
      if (e.field === '_2' && r.rest[0] === ' ') r.take(1)
      p.day = r.num(e.field === '02') // checked against the month at the end
      return
    case '__2': case '002': {
      if (e.field === '__2') for (let i = 0; i < 2 && r.rest[0] === ' '; i++) r.take(1)
      setYday(r.num(e.field === '002', 3)) // checked against the year at the end
      return
    }
    case '15': p.hour = r.num(false); range('hour', p.hour < 24); return
    case '3': case '03': p.hour = r.num(e.field === '03'); range('hour', p.hour <= 12); return
    case '4': case '04': p.min = r.num(e.field === '04'); range('minute', p.min < 60); return
    case '5': case '05':
      p.sec = r.num(e.field === '05')
      range('second', p.sec < 60)
      // a fraction after the seconds is read even when the layout has none
      if (isSep(r.rest[0]) && isDigit(r.rest, 1) && next?.kind !== 'fraction') {
        let n = 2
        while (isDigit(r.rest, n)) n++
        p.nsec = r.nanos(n)
      }
      return
    case 'PM': case 'pm': {
      if (r.rest.length < 2) throw new Bad(r.rest)
      const t = r.take(2)
      const [pm, am] = e.field === 'PM' ? ['PM', 'AM'] : ['pm', 'am']
      if (t === pm) setHalf('pm')
      else if (t === am) setHalf('am')
      else throw new Bad(r.rest)
      return
    }
    case 'MST': {
      if (r.rest.startsWith('UTC')) { r.take(3); p.utc = true; return }
      const n = zoneNameLength(r.rest)
      if (n === 0) throw new Bad(r.rest)
      p.zoneName = r.take(n)
      return
    }
  }
  // the numeric zones: ±hh, ±hhmm, ±hh:mm, ±hhmmss, ±hh:mm:ss; Z07, Z0700 and Z07:00 also take
  // "Z" (the forms with seconds do not, as in Go)
  if ((e.field === 'Z07' || e.field === 'Z0700' || e.field === 'Z07:00') && r.rest[0] === 'Z') { r.take(1); p.utc = true; return }
  const colon = e.field.includes(':')
  const digits = e.field.replace(/[^0-9]/g, '').length // 2, 4 or 6
  const len = 1 + digits + (colon ? digits / 2 - 1 : 0)
  const s = r.rest
  if (s.length < len) throw new Bad(s)
  if (colon && (s[3] !== ':' || (digits === 6 && s[6] !== ':'))) throw new Bad(s)
  r.take(len)
  const part = (i: number): number => { // two characters read as Go's atoi reads them (a sign is allowed)
    const v = atoi(s.slice(1 + i * (colon ? 3 : 2), 3 + i * (colon ? 3 : 2)))
    if (v === undefined) throw new Bad(r.rest)
    return v
  }
  const secs = part(0) * 3600 + (digits >= 4 ? part(1) * 60 : 0) + (digits >= 6 ? part(2) : 0)
  if (s[0] !== '+' && s[0] !== '-') throw new Bad(r.rest)
  p.hasOffset = true
  p.offset = s[0] === '-' ? -secs : secs
}

/** time's quoting in messages: double quotes, non-ASCII and control bytes as \x escapes. */
export function quote (s: string): string {
  let out = '"'
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x80 || c < 0x20) out += '\\x' + c.toString(16).padStart(2, '0')
    else out += (c === 34 || c === 92 ? '\\' : '') + s[i]
  }
  return out + '"'
}

export { isLeap }
