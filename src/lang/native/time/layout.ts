/**
 * Go's time layouts, split into elements: literal text and the reference-time fields
 * (Mon Jan 2 15:04:05 MST 2006) that Format writes and Parse reads. Strings are Go byte
 * strings (one char per byte).
 */

/** A field, named by its text in the reference layout. */
export type Field =
  | 'January' | 'Jan' | '1' | '01'
  | 'Monday' | 'Mon'
  | '2' | '_2' | '02' | '__2' | '002'
  | '15' | '3' | '03' | '4' | '04' | '5' | '05'
  | '2006' | '06' | 'PM' | 'pm' | 'MST'
  | '-070000' | '-07:00:00' | '-0700' | '-07:00' | '-07'
  | 'Z070000' | 'Z07:00:00' | 'Z0700' | 'Z07:00' | 'Z07'

export type Element =
  | { kind: 'text', text: string }
  | { kind: 'field', field: Field }
  /** fractional seconds: `.000` (always `digits` digits) or `.999` (trailing zeros trimmed) */
  | { kind: 'fraction', text: string, digits: number, trim: boolean, sep: string }

/** Zone fields, longest first where one is a prefix of another. */
const zoneFields: Field[] = ['-070000', '-07:00:00', '-0700', '-07:00', '-07', 'Z070000', 'Z07:00:00', 'Z0700', 'Z07:00', 'Z07']
const twoDigit: Record<string, Field> = { 1: '01', 2: '02', 3: '03', 4: '04', 5: '05', 6: '06' }

const isLower = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z'
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'

/**
 * The element at layout[i:], as [element, length], or undefined when layout[i] is literal text.
 * Words (Jan, Mon) count only when no lower-case letter follows; `_2006` is `_` and the year.
 */
function fieldAt (l: string, i: number): [Element, number] | undefined {
  const at = (s: string): boolean => l.startsWith(s, i)
  const f = (field: Field): [Element, number] => [{ kind: 'field', field }, field.length]
  switch (l[i]) {
    case 'J':
      if (at('January')) return f('January')
      if (at('Jan') && !isLower(l[i + 3])) return f('Jan')
      return undefined
    case 'M':
      if (at('Monday')) return f('Monday')
      if (at('Mon') && !isLower(l[i + 3])) return f('Mon')
      if (at('MST')) return f('MST')
      return undefined
    case '0': {
      const two = twoDigit[l[i + 1]]
      if (two !== undefined) return f(two)
      return at('002') ? f('002') : undefined
    }
    case '1': return at('15') ? f('15') : f('1')
    case '2': return at('2006') ? f('2006') : f('2')
    case '_':
      if (at('_2006')) return undefined // the '_' is text; the year follows
      if (at('_2')) return f('_2')
      return at('__2') ? f('__2') : undefined
    case '3': return f('3')
    case '4': return f('4')
    case '5': return f('5')
    case 'P': return at('PM') ? f('PM') : undefined
    case 'p': return at('pm') ? f('pm') : undefined
    case '-': case 'Z': {
      const z = zoneFields.find(at)
      return z === undefined ? undefined : f(z)
    }
    case '.': case ',': {
      const d = l[i + 1]
      if (d !== '0' && d !== '9') return undefined
      let j = i + 1
      while (l[j] === d) j++
      if (isDigit(l[j])) return undefined // as in ".0001": not a fraction
      return [{ kind: 'fraction', text: l.slice(i, j), digits: j - i - 1, trim: d === '9', sep: l[i] }, j - i]
    }
  }
  return undefined
}

const cache = new Map<string, Element[]>()

/** The elements of a layout, in order (adjacent text merged). */
export function elements (layout: string): Element[] {
  const have = cache.get(layout)
  if (have !== undefined) return have
  const out: Element[] = []
  let text = ''
  for (let i = 0; i < layout.length;) {
    const e = fieldAt(layout, i)
    if (e === undefined) { text += layout[i++]; continue }
    if (text !== '') { out.push({ kind: 'text', text }); text = '' }
    out.push(e[0])
    i += e[1]
  }
  if (text !== '') out.push({ kind: 'text', text })
  if (cache.size < 256) cache.set(layout, out) // programs use few layouts
  return out
}

export const longDayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
export const longMonthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** Whether a field needs the civil date or clock (zones and fractions need neither). */
export function needsCivil (e: Element): boolean {
  return e.kind === 'field' && !e.field.startsWith('-') && !e.field.startsWith('Z') && e.field !== 'MST'
}
