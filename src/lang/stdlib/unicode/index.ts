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
  ...u.goPredicates,
  To: (c: number | bigint, r: number) => u.toCase(Number(c), r),
  ...u.goMappings
})

export default ({ path: 'unicode', source: sources, names, natives })
