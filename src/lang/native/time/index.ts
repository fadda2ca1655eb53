/**
 * Go's time without a clock: civil dates from Unix seconds (proleptic Gregorian, as Go), layouts
 * (layout.ts) for Time.Format (format.ts) and time.Parse (parse.ts) with Go's errors,
 * Duration.String and ParseDuration with Go's errors.
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

export { longDayNames, longMonthNames } from './layout.ts'
export { parseLayout, quote, type Parsed, type ParseFailure } from './parse.ts'
export { formatLayout } from './format.ts'
import { formatLayout } from './format.ts'
import { quote } from './parse.ts'

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

/** Time.Format(layout): the formatted bytes (the zone name as a JS string, UTC when absent). */
export function format (t: Time, layoutBytes: Uint8Array): Uint8Array {
  const name = t.zone === undefined ? 'UTC' : bytesToBinary(utf8enc.encode(t.zone.name))
  return binaryToBytes(formatLayout(bytesToBinary(layoutBytes), t.nsec, name, t.zone?.offset ?? 0, () => civil(t)))
}

// ---- durations ----

export const Nanosecond = 1n
export const Microsecond = 1000n
export const Millisecond = 1000000n
export const Second = 1000000000n
export const Minute = 60n * Second
export const Hour = 60n * Minute

/** v / scale in decimal, with the fraction's trailing zeros dropped (no point when it is whole). */
function decimal (v: bigint, scale: bigint): string {
  const whole = String(v / scale)
  const frac = v % scale
  if (frac === 0n) return whole
  return whole + '.' + String(frac).padStart(String(scale).length - 1, '0').replace(/0+$/, '')
}

/**
 * Duration.String (d is an int64 nanosecond count): hours, minutes and seconds ("1h2m0.5s"),
 * or one unit below a second ("1.5µs").
 */
export function durationString (d: bigint): string {
  d = BigInt.asIntN(64, d)
  if (d === 0n) return '0s'
  const u = d < 0n ? -d : d // 2^63 for the most negative duration, as Go's unsigned negation
  let s: string
  if (u < Second) {
    const [unit, scale] = u < Microsecond ? ['ns', Nanosecond] : u < Millisecond ? ['µs', Microsecond] : ['ms', Millisecond]
    s = decimal(u, scale) + unit
  } else {
    const h = u / Hour
    const m = (u / Minute) % 60n
    s = (h > 0n ? `${h}h` : '') + (h > 0n || m > 0n ? `${m}m` : '') + decimal(u % Minute, Second) + 's'
  }
  return d < 0n ? '-' + s : s
}

/** time's internal quote (used in error messages): non-ASCII bytes as \x escapes. */
export function timeQuote (s: Uint8Array): string {
  return quote(bytesToBinary(s))
}

const units = new Map<string, bigint>([
  ['ns', Nanosecond], ['us', Microsecond], ['\xc2\xb5s', Microsecond], ['\xce\xbcs', Microsecond],
  ['ms', Millisecond], ['s', Second], ['m', Minute], ['h', Hour]
])
const TWO63 = 1n << 63n

/** The digits of a fraction, as many as fit below 2^63 (later ones are ignored): [value, 10^count]. */
function fractionOf (digits: string): [bigint, number] {
  let f = 0n
  let scale = 1
  for (const c of digits) {
    if (f > (TWO63 - 1n) / 10n) break
    const next = f * 10n + BigInt(c.charCodeAt(0) - 48)
    if (next > TWO63) break
    f = next
    scale *= 10
  }
  return [f, scale]
}

/**
 * time.ParseDuration: an optional sign, then "0" or a sequence of decimal numbers (with an
 * optional fraction) each followed by a unit. The fraction is converted through float64 as Go
 * does, so results keep Go's last digit. Gives the duration, or Go's error message.
 */
export function parseDuration (input: Uint8Array): { value: bigint, err?: string } {
  const text = bytesToBinary(input)
  const invalid = { value: 0n, err: 'time: invalid duration ' + quote(text) }
  const signed = /^[+-]/.test(text)
  let s = signed ? text.slice(1) : text
  if (s === '0') return { value: 0n }
  if (s === '') return invalid
  let total = 0n
  while (s !== '') {
    const num = /^([0-9]*)(?:\.([0-9]*))?/.exec(s) as RegExpExecArray
    const whole = num[1]; const frac = num[2] ?? ''
    if (whole === '' && frac === '') return invalid
    s = s.slice(num[0].length)
    const unitText = /^[^0-9.]*/.exec(s)![0]
    if (unitText === '') return { value: 0n, err: 'time: missing unit in duration ' + quote(text) }
    s = s.slice(unitText.length)
    const unit = units.get(unitText)
    if (unit === undefined) return { value: 0n, err: 'time: unknown unit ' + quote(unitText) + ' in duration ' + quote(text) }
    let v = whole === '' ? 0n : BigInt(whole)
    if (v > TWO63 || v > TWO63 / unit) return invalid
    v *= unit
    const [f, scale] = fractionOf(frac)
    if (f > 0n) {
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)))
      if (v > TWO63) return invalid
    }
    total += v
    if (total > TWO63) return invalid
  }
  if (text[0] === '-') return { value: BigInt.asIntN(64, -total) }
  if (total > TWO63 - 1n) return invalid
  return { value: total }
}
