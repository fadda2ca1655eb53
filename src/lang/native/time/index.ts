/**
 * Go's time formatting without a clock: civil dates from Unix seconds (proleptic Gregorian, as
 * Go), Time.Format with Go layouts (every std chunk, fractional seconds, zones as a fixed
 * name/offset; UTC when none), Duration.String and ParseDuration with Go's errors.
 * Go strings are byte arrays (Uint8Array); durations and Unix seconds are bigints.
 *
 * @example
 * ```ts
 * import { format, durationString, bytesOf } from './index.ts'
 * format({ sec: 0n, nsec: 0 }, bytesOf('2006-01-02T15:04:05Z07:00')) // bytes of '1970-01-01T00:00:00Z'
 * durationString(90_000_000_000n) // '1m30s'
 * ```
 */

export const Layout = "01/02 03:04:05PM '06 -0700"
export const ANSIC = 'Mon Jan _2 15:04:05 2006'
export const UnixDate = 'Mon Jan _2 15:04:05 MST 2006'
export const RubyDate = 'Mon Jan 02 15:04:05 -0700 2006'
export const RFC822 = '02 Jan 06 15:04 MST'
export const RFC822Z = '02 Jan 06 15:04 -0700'
export const RFC850 = 'Monday, 02-Jan-06 15:04:05 MST'
export const RFC1123 = 'Mon, 02 Jan 2006 15:04:05 MST'
export const RFC1123Z = 'Mon, 02 Jan 2006 15:04:05 -0700'
export const RFC3339 = '2006-01-02T15:04:05Z07:00'
export const RFC3339Nano = '2006-01-02T15:04:05.999999999Z07:00'
export const Kitchen = '3:04PM'
export const Stamp = 'Jan _2 15:04:05'
export const StampMilli = 'Jan _2 15:04:05.000'
export const StampMicro = 'Jan _2 15:04:05.000000'
export const StampNano = 'Jan _2 15:04:05.000000000'

export const longDayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
export const longMonthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** A point in time: Unix seconds, nanoseconds [0, 1e9), and a fixed zone (UTC when absent). */
export interface Time {
  sec: bigint
  nsec: number
  zone?: { name: string, offset: number }
}

/** Civil date and clock of a time in its zone. */
export interface Civil {
  year: number
  month: number // 1..12
  day: number
  yday: number // 1..366
  weekday: number // 0 = Sunday
  hour: number
  minute: number
  second: number
}

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1..12; day may overflow). */
export function daysFromCivil (y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (m + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** The proleptic Gregorian date of a day number (days since 1970-01-01). */
export function civilFromDays (z: number): { year: number, month: number, day: number } {
  z += 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

export function isLeap (year: number): boolean { return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) }

/** Days in month m (1..12) of year. */
export function daysIn (m: number, year: number): number {
  if (m === 2) return isLeap(year) ? 29 : 28
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
}

/** The civil fields of t in its zone. */
export function civil (t: Time): Civil {
  const local = t.sec + BigInt(t.zone?.offset ?? 0)
  const days = local >= 0n ? local / 86400n : -((-local + 86399n) / 86400n)
  const secOfDay = Number(local - days * 86400n)
  const dn = Number(days)
  const { year, month, day } = civilFromDays(dn)
  const yday = dn - daysFromCivil(year, 1, 1) + 1
  const weekday = (((dn + 4) % 7) + 7) % 7
  return { year, month, day, yday, weekday, hour: Math.floor(secOfDay / 3600), minute: Math.floor(secOfDay / 60) % 60, second: secOfDay % 60 }
}

/** Unix seconds of a civil date-time in a zone of the given offset, normalizing overflowing fields as time.Date does. */
export function dateToUnix (year: number, month: number, day: number, hour: number, min: number, sec: number, offset = 0): bigint {
  // normalize month into [1, 12]
  let m0 = month - 1
  year += Math.floor(m0 / 12)
  m0 = ((m0 % 12) + 12) % 12
  const days = daysFromCivil(year, m0 + 1, 1) + (day - 1)
  return BigInt(days) * 86400n + BigInt(hour) * 3600n + BigInt(min) * 60n + BigInt(sec) - BigInt(offset)
}

// ---- layouts ----

const stdNeedDate = 1 << 8
const stdNeedClock = 2 << 8
const stdArgShift = 16
const stdSeparatorShift = 28
const stdMask = (1 << stdArgShift) - 1
const stdLongMonth = 1 + stdNeedDate
const stdMonth = 2 + stdNeedDate
const stdNumMonth = 3 + stdNeedDate
const stdZeroMonth = 4 + stdNeedDate
const stdLongWeekDay = 5 + stdNeedDate
const stdWeekDay = 6 + stdNeedDate
const stdDay = 7 + stdNeedDate
const stdUnderDay = 8 + stdNeedDate
const stdZeroDay = 9 + stdNeedDate
const stdUnderYearDay = 10 + stdNeedDate
const stdZeroYearDay = 11 + stdNeedDate
const stdHour = 12 + stdNeedClock
const stdHour12 = 13 + stdNeedClock
const stdZeroHour12 = 14 + stdNeedClock
const stdMinute = 15 + stdNeedClock
const stdZeroMinute = 16 + stdNeedClock
const stdSecond = 17 + stdNeedClock
const stdZeroSecond = 18 + stdNeedClock
const stdLongYear = 19 + stdNeedDate
const stdYear = 20 + stdNeedDate
const stdPM = 21 + stdNeedClock
const stdpm = 22 + stdNeedClock
const stdTZ = 23
const stdISO8601TZ = 24
const stdISO8601SecondsTZ = 25
const stdISO8601ShortTZ = 26
const stdISO8601ColonTZ = 27
const stdISO8601ColonSecondsTZ = 28
const stdNumTZ = 29
const stdNumSecondsTz = 30
const stdNumShortTZ = 31
const stdNumColonTZ = 32
const stdNumColonSecondsTZ = 33
const stdFracSecond0 = 34
const stdFracSecond9 = 35
const std0x = [stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear]

function startsWithLowerCase (s: string): boolean {
  if (s.length === 0) return false
  const c = s.charCodeAt(0)
  return c >= 97 && c <= 122
}
function isDigitAt (s: string, i: number): boolean {
  if (s.length <= i) return false
  const c = s.charCodeAt(i)
  return c >= 48 && c <= 57
}

/** Go's nextStdChunk on a byte string (one char per byte). */
function nextStdChunk (layout: string): [string, number, string] {
  for (let i = 0; i < layout.length; i++) {
    const c = layout[i]
    switch (c) {
      case 'J':
        if (layout.startsWith('Jan', i)) {
          if (layout.startsWith('January', i)) return [layout.slice(0, i), stdLongMonth, layout.slice(i + 7)]
          if (!startsWithLowerCase(layout.slice(i + 3))) return [layout.slice(0, i), stdMonth, layout.slice(i + 3)]
        }
        break
      case 'M':
        if (layout.length >= i + 3) {
          if (layout.startsWith('Mon', i)) {
            if (layout.startsWith('Monday', i)) return [layout.slice(0, i), stdLongWeekDay, layout.slice(i + 6)]
            if (!startsWithLowerCase(layout.slice(i + 3))) return [layout.slice(0, i), stdWeekDay, layout.slice(i + 3)]
          }
          if (layout.startsWith('MST', i)) return [layout.slice(0, i), stdTZ, layout.slice(i + 3)]
        }
        break
      case '0':
        if (layout.length >= i + 2 && layout[i + 1] >= '1' && layout[i + 1] <= '6') {
          return [layout.slice(0, i), std0x[layout.charCodeAt(i + 1) - 49], layout.slice(i + 2)]
        }
        if (layout.length >= i + 3 && layout[i + 1] === '0' && layout[i + 2] === '2') return [layout.slice(0, i), stdZeroYearDay, layout.slice(i + 3)]
        break
      case '1':
        if (layout.length >= i + 2 && layout[i + 1] === '5') return [layout.slice(0, i), stdHour, layout.slice(i + 2)]
        return [layout.slice(0, i), stdNumMonth, layout.slice(i + 1)]
      case '2':
        if (layout.startsWith('2006', i)) return [layout.slice(0, i), stdLongYear, layout.slice(i + 4)]
        return [layout.slice(0, i), stdDay, layout.slice(i + 1)]
      case '_':
        if (layout.length >= i + 2 && layout[i + 1] === '2') {
          if (layout.startsWith('2006', i + 1)) return [layout.slice(0, i + 1), stdLongYear, layout.slice(i + 5)]
          return [layout.slice(0, i), stdUnderDay, layout.slice(i + 2)]
        }
        if (layout.length >= i + 3 && layout[i + 1] === '_' && layout[i + 2] === '2') return [layout.slice(0, i), stdUnderYearDay, layout.slice(i + 3)]
        break
      case '3': return [layout.slice(0, i), stdHour12, layout.slice(i + 1)]
      case '4': return [layout.slice(0, i), stdMinute, layout.slice(i + 1)]
      case '5': return [layout.slice(0, i), stdSecond, layout.slice(i + 1)]
      case 'P':
        if (layout.length >= i + 2 && layout[i + 1] === 'M') return [layout.slice(0, i), stdPM, layout.slice(i + 2)]
        break
      case 'p':
        if (layout.length >= i + 2 && layout[i + 1] === 'm') return [layout.slice(0, i), stdpm, layout.slice(i + 2)]
        break
      case '-':
        if (layout.startsWith('-070000', i)) return [layout.slice(0, i), stdNumSecondsTz, layout.slice(i + 7)]
        if (layout.startsWith('-07:00:00', i)) return [layout.slice(0, i), stdNumColonSecondsTZ, layout.slice(i + 9)]
        if (layout.startsWith('-0700', i)) return [layout.slice(0, i), stdNumTZ, layout.slice(i + 5)]
        if (layout.startsWith('-07:00', i)) return [layout.slice(0, i), stdNumColonTZ, layout.slice(i + 6)]
        if (layout.startsWith('-07', i)) return [layout.slice(0, i), stdNumShortTZ, layout.slice(i + 3)]
        break
      case 'Z':
        if (layout.startsWith('Z070000', i)) return [layout.slice(0, i), stdISO8601SecondsTZ, layout.slice(i + 7)]
        if (layout.startsWith('Z07:00:00', i)) return [layout.slice(0, i), stdISO8601ColonSecondsTZ, layout.slice(i + 9)]
        if (layout.startsWith('Z0700', i)) return [layout.slice(0, i), stdISO8601TZ, layout.slice(i + 5)]
        if (layout.startsWith('Z07:00', i)) return [layout.slice(0, i), stdISO8601ColonTZ, layout.slice(i + 6)]
        if (layout.startsWith('Z07', i)) return [layout.slice(0, i), stdISO8601ShortTZ, layout.slice(i + 3)]
        break
      case '.': case ',':
        if (i + 1 < layout.length && (layout[i + 1] === '0' || layout[i + 1] === '9')) {
          const ch = layout[i + 1]
          let j = i + 1
          while (j < layout.length && layout[j] === ch) j++
          if (!isDigitAt(layout, j)) {
            const code = layout[i + 1] === '9' ? stdFracSecond9 : stdFracSecond0
            let std = code | (((j - (i + 1)) & 0xfff) << stdArgShift)
            if (c === ',') std |= 1 << stdSeparatorShift
            return [layout.slice(0, i), std, layout.slice(j)]
          }
        }
        break
    }
  }
  return [layout, 0, '']
}

function appendInt (x: number, width: number): string {
  let s = ''
  if (x < 0) { s = '-'; x = -x }
  const d = String(x)
  return s + (d.length < width ? '0'.repeat(width - d.length) : '') + d
}

function formatNano (nanosec: number, std: number): string {
  let n = (std >> stdArgShift) & 0xfff
  const sep = (std >>> stdSeparatorShift) === 0 ? '.' : ','
  const trim = (std & stdMask) === stdFracSecond9
  const buf = String(nanosec).padStart(9, '0')
  if (n > 9) n = 9
  if (trim) {
    while (n > 0 && buf[n - 1] === '0') n--
    if (n === 0) return ''
  }
  return sep + buf.slice(0, n)
}

function bytesToBinary (b: Uint8Array): string {
  let s = ''
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192))
  return s
}
function binaryToBytes (s: string): Uint8Array {
  const b = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i)
  return b
}
const utf8enc = new TextEncoder()
/** A JS string as Go string bytes. */
export function bytesOf (s: string): Uint8Array { return utf8enc.encode(s) }

/** Time.Format(layout): the formatted bytes. */
export function format (t: Time, layoutBytes: Uint8Array): Uint8Array {
  let layout = bytesToBinary(layoutBytes)
  const offset = t.zone?.offset ?? 0
  const name = t.zone === undefined ? 'UTC' : t.zone.name
  let c: Civil | undefined
  let out = ''
  while (layout !== '') {
    const [prefix, std, suffix] = nextStdChunk(layout)
    out += prefix
    if (std === 0) break
    layout = suffix
    if (c === undefined && (std & (stdNeedDate | stdNeedClock)) !== 0) c = civil(t)
    const v = c as Civil
    switch (std & stdMask) {
      case stdYear: out += appendInt(Math.abs(v.year) % 100, 2); break
      case stdLongYear: out += appendInt(v.year, 4); break
      case stdMonth: out += longMonthNames[v.month - 1].slice(0, 3); break
      case stdLongMonth: out += longMonthNames[v.month - 1]; break
      case stdNumMonth: out += appendInt(v.month, 0); break
      case stdZeroMonth: out += appendInt(v.month, 2); break
      case stdWeekDay: out += longDayNames[v.weekday].slice(0, 3); break
      case stdLongWeekDay: out += longDayNames[v.weekday]; break
      case stdDay: out += appendInt(v.day, 0); break
      case stdUnderDay: out += (v.day < 10 ? ' ' : '') + appendInt(v.day, 0); break
      case stdZeroDay: out += appendInt(v.day, 2); break
      case stdUnderYearDay: out += (v.yday < 100 ? (v.yday < 10 ? '  ' : ' ') : '') + appendInt(v.yday, 0); break
      case stdZeroYearDay: out += appendInt(v.yday, 3); break
      case stdHour: out += appendInt(v.hour, 2); break
      case stdHour12: out += appendInt(v.hour % 12 === 0 ? 12 : v.hour % 12, 0); break
      case stdZeroHour12: out += appendInt(v.hour % 12 === 0 ? 12 : v.hour % 12, 2); break
      case stdMinute: out += appendInt(v.minute, 0); break
      case stdZeroMinute: out += appendInt(v.minute, 2); break
      case stdSecond: out += appendInt(v.second, 0); break
      case stdZeroSecond: out += appendInt(v.second, 2); break
      case stdPM: out += v.hour >= 12 ? 'PM' : 'AM'; break
      case stdpm: out += v.hour >= 12 ? 'pm' : 'am'; break
      case stdISO8601TZ: case stdISO8601ColonTZ: case stdISO8601SecondsTZ: case stdISO8601ShortTZ: case stdISO8601ColonSecondsTZ:
      case stdNumTZ: case stdNumColonTZ: case stdNumSecondsTz: case stdNumShortTZ: case stdNumColonSecondsTZ: {
        if (offset === 0 && (std === stdISO8601TZ || std === stdISO8601ColonTZ || std === stdISO8601SecondsTZ || std === stdISO8601ShortTZ || std === stdISO8601ColonSecondsTZ)) {
          out += 'Z'
          break
        }
        let zone = Math.trunc(offset / 60)
        let absoffset = offset
        if (zone < 0) { out += '-'; zone = -zone; absoffset = -absoffset } else out += '+'
        out += appendInt(Math.trunc(zone / 60), 2)
        if (std === stdISO8601ColonTZ || std === stdNumColonTZ || std === stdISO8601ColonSecondsTZ || std === stdNumColonSecondsTZ) out += ':'
        if (std !== stdNumShortTZ && std !== stdISO8601ShortTZ) out += appendInt(zone % 60, 2)
        if (std === stdISO8601SecondsTZ || std === stdNumSecondsTz || std === stdNumColonSecondsTZ || std === stdISO8601ColonSecondsTZ) {
          if (std === stdNumColonSecondsTZ || std === stdISO8601ColonSecondsTZ) out += ':'
          out += appendInt(absoffset % 60, 2)
        }
        break
      }
      case stdTZ: {
        if (name !== '') { out += bytesToBinary(utf8enc.encode(name)); break }
        let zone = Math.trunc(offset / 60)
        if (zone < 0) { out += '-'; zone = -zone } else out += '+'
        out += appendInt(Math.trunc(zone / 60), 2) + appendInt(zone % 60, 2)
        break
      }
      case stdFracSecond0: case stdFracSecond9:
        out += formatNano(t.nsec, std)
        break
    }
  }
  return binaryToBytes(out)
}

// ---- durations ----

export const Nanosecond = 1n
export const Microsecond = 1000n
export const Millisecond = 1000000n
export const Second = 1000000000n
export const Minute = 60n * Second
export const Hour = 60n * Minute

function fmtFrac (v: bigint, prec: number): [string, bigint] {
  let s = ''
  let print = false
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n
    print = print || digit !== 0n
    if (print) s = String(digit) + s
    v /= 10n
  }
  if (print) s = '.' + s
  return [s, v]
}

/** Duration.String (d is an int64 nanosecond count). */
export function durationString (d: bigint): string {
  d = BigInt.asIntN(64, d)
  const neg = d < 0n
  let u = neg ? -d : d // for MinInt64 this is 2^63, as Go's uint64 negation
  let s: string
  if (u < Second) {
    if (u === 0n) return '0s'
    let prec: number; let unit: string
    if (u < Microsecond) { prec = 0; unit = 'ns' } else if (u < Millisecond) { prec = 3; unit = 'µs' } else { prec = 6; unit = 'ms' }
    const [frac, rest] = fmtFrac(u, prec)
    s = String(rest) + frac + unit
  } else {
    const [frac, rest] = fmtFrac(u, 9)
    u = rest
    s = String(u % 60n) + frac + 's'
    u /= 60n
    if (u > 0n) {
      s = String(u % 60n) + 'm' + s
      u /= 60n
      if (u > 0n) s = String(u) + 'h' + s
    }
  }
  return neg ? '-' + s : s
}

/** time's internal quote (used in error messages): non-ASCII bytes as \x escapes. */
export function timeQuote (s: Uint8Array): string {
  let out = '"'
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c >= 0x80 || c < 0x20) out += '\\x' + c.toString(16).padStart(2, '0')
    else {
      if (c === 34 || c === 92) out += '\\'
      out += String.fromCharCode(c)
    }
  }
  return out + '"'
}

const unitMap = new Map<string, bigint>([
  ['ns', Nanosecond], ['us', Microsecond], ['\xc2\xb5s', Microsecond], ['\xce\xbcs', Microsecond],
  ['ms', Millisecond], ['s', Second], ['m', Minute], ['h', Hour]
])
const TWO63 = 1n << 63n

/** time.ParseDuration: the duration, or the error message Go gives. */
export function parseDuration (input: Uint8Array): { value: bigint, err?: string } {
  const orig = timeQuote(input)
  let s = bytesToBinary(input)
  const invalid = { value: 0n, err: 'time: invalid duration ' + orig }
  let d = 0n
  let neg = false
  if (s !== '' && (s[0] === '-' || s[0] === '+')) { neg = s[0] === '-'; s = s.slice(1) }
  if (s === '0') return { value: 0n }
  if (s === '') return invalid
  while (s !== '') {
    let v = 0n; let f = 0n; let scale = 1
    if (!(s[0] === '.' || (s[0] >= '0' && s[0] <= '9'))) return invalid
    // leadingInt
    let i = 0
    for (; i < s.length && s[i] >= '0' && s[i] <= '9'; i++) {
      if (v > TWO63 / 10n) return invalid
      v = v * 10n + BigInt(s.charCodeAt(i) - 48)
      if (v > TWO63) return invalid
    }
    const pre = i > 0
    s = s.slice(i)
    let post = false
    if (s !== '' && s[0] === '.') {
      s = s.slice(1)
      let j = 0
      let overflow = false
      for (; j < s.length && s[j] >= '0' && s[j] <= '9'; j++) {
        if (overflow) continue
        if (f > (TWO63 - 1n) / 10n) { overflow = true; continue }
        const y = f * 10n + BigInt(s.charCodeAt(j) - 48)
        if (y > TWO63) { overflow = true; continue }
        f = y
        scale *= 10
      }
      post = j > 0
      s = s.slice(j)
    }
    if (!pre && !post) return invalid
    let k = 0
    for (; k < s.length; k++) if (s[k] === '.' || (s[k] >= '0' && s[k] <= '9')) break
    if (k === 0) return { value: 0n, err: 'time: missing unit in duration ' + orig }
    const u = s.slice(0, k)
    s = s.slice(k)
    const unit = unitMap.get(u)
    if (unit === undefined) return { value: 0n, err: 'time: unknown unit ' + timeQuote(binaryToBytes(u)) + ' in duration ' + orig }
    if (v > TWO63 / unit) return invalid
    v *= unit
    if (f > 0n) {
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)))
      if (v > TWO63) return invalid
    }
    d += v
    if (d > TWO63) return invalid
  }
  if (neg) return { value: BigInt.asIntN(64, -d) }
  if (d > TWO63 - 1n) return invalid
  return { value: d }
}
