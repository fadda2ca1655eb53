/**
 * Package unicode: Go declarations (unicode.go, generated tables.go) bound to
 * src/lang/native/unicode.
 *
 * @example
 * ```go
 * unicode.IsUpper('Ä') // true
 * unicode.Is(unicode.Han, '世') // true
 * ```
 */
import { sources, names } from './source.ts'
import * as u from '../../native/unicode/index.ts'

export const natives = (): Record<string, (...a: any[]) => any> => ({
  isKey: (key: string, r: number) => { const t = u.table(key); return t !== undefined && u.is(t, r) },
  IsLetter: u.isLetter,
  IsDigit: u.isDigit,
  IsNumber: u.isNumber,
  IsSpace: u.isSpace,
  IsUpper: u.isUpper,
  IsLower: u.isLower,
  IsTitle: u.isTitle,
  IsPunct: u.isPunct,
  IsPrint: u.isPrint,
  IsGraphic: u.isGraphic,
  IsControl: u.isControl,
  IsSymbol: u.isSymbol,
  IsMark: u.isMark,
  To: (c: number | bigint, r: number) => u.toCase(Number(c), r),
  ToUpper: u.toUpper,
  ToLower: u.toLower,
  ToTitle: u.toTitle,
  SimpleFold: u.simpleFold
})

export default ({ path: 'unicode', source: sources, names, natives })
