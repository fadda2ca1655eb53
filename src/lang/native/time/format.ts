/** Time.Format: each layout element written from the civil date, clock and zone. */
import { elements, needsCivil, longDayNames, longMonthNames, type Element } from './layout.ts'
import type { Civil } from './index.ts'

/** x in decimal, at least `width` digits (zero-padded), with a leading '-' when negative. */
export function pad (x: number, width: number): string {
  const digits = String(Math.abs(x))
  return (x < 0 ? '-' : '') + (digits.length < width ? '0'.repeat(width - digits.length) + digits : digits)
}

/** The zone offset (seconds east of UTC) as ±hh[:]mm[[:]ss], or Z for UTC in the ISO forms. */
function zone (field: string, offset: number): string {
  if (field[0] === 'Z' && offset === 0) return 'Z'
  const colon = field.includes(':') ? ':' : ''
  const abs = Math.abs(offset)
  let s = (offset < 0 ? '-' : '+') + pad(Math.floor(abs / 3600), 2)
  const digits = field.length - 1 - (colon === '' ? 0 : field.split(':').length - 1) // 2, 4 or 6
  if (digits >= 4) s += colon + pad(Math.floor(abs / 60) % 60, 2)
  if (digits >= 6) s += colon + pad(abs % 60, 2)
  return s
}

/** Fractional seconds: the separator and `digits` digits, or trimmed of trailing zeros. */
function fraction (nsec: number, e: Extract<Element, { kind: 'fraction' }>): string {
  let digits = String(nsec).padStart(9, '0').slice(0, Math.min(e.digits, 9))
  if (e.trim) digits = digits.replace(/0+$/, '')
  return digits === '' ? '' : e.sep + digits
}

const hour12 = (h: number): number => h % 12 === 0 ? 12 : h % 12

/**
 * Formats by a layout (a Go byte string); zoneName is a Go byte string too. civilOf is called
 * at most once, only when the layout needs the date or clock.
 */
export function formatLayout (layout: string, nsec: number, zoneName: string, offset: number, civilOf: () => Civil): string {
  let c: Civil | undefined
  let out = ''
  for (const e of elements(layout)) {
    if (e.kind === 'text') { out += e.text; continue }
    if (e.kind === 'fraction') { out += fraction(nsec, e); continue }
    if (c === undefined && needsCivil(e)) c = civilOf()
    const v = c as Civil
    switch (e.field) {
      case '2006': out += pad(v.year, 4); break
      case '06': out += pad(Math.abs(v.year) % 100, 2); break
      case 'January': out += longMonthNames[v.month - 1]; break
      case 'Jan': out += longMonthNames[v.month - 1].slice(0, 3); break
      case '1': out += String(v.month); break
      case '01': out += pad(v.month, 2); break
      case 'Monday': out += longDayNames[v.weekday]; break
      case 'Mon': out += longDayNames[v.weekday].slice(0, 3); break
      case '2': out += String(v.day); break
      case '_2': out += String(v.day).padStart(2, ' '); break
      case '02': out += pad(v.day, 2); break
      case '__2': out += String(v.yday).padStart(3, ' '); break
      case '002': out += pad(v.yday, 3); break
      case '15': out += pad(v.hour, 2); break
      case '3': out += String(hour12(v.hour)); break
      case '03': out += pad(hour12(v.hour), 2); break
      case '4': out += String(v.minute); break
      case '04': out += pad(v.minute, 2); break
      case '5': out += String(v.second); break
      case '05': out += pad(v.second, 2); break
      case 'PM': out += v.hour >= 12 ? 'PM' : 'AM'; break
      case 'pm': out += v.hour >= 12 ? 'pm' : 'am'; break
      case 'MST': out += zoneName !== '' ? zoneName : zone('-0700', offset - offset % 60); break
      default: out += zone(e.field, offset)
    }
  }
  return out
}
