/**
 * Package strings: Go 1.19's strings package (adapted Go sources) with native byte searches,
 * case mapping and Repeat. Strings are Go byte strings (one char per byte).
 *
 * @example
 * ```go
 * strings.ToUpper("héllo") // "HÉLLO"
 * strings.NewReplacer("a", "1", "b", "2").Replace("abc") // "12c"
 * ```
 */
import { register, type NativeEnv } from '../registry.ts'
import { sources } from './source.ts'
import { mapRunes } from './native.ts'
import { toUpper, toLower } from '../../native/unicode/index.ts'
import { runeCount } from '../../runtime/value.ts'

export const natives = (env: NativeEnv): Record<string, (...a: any[]) => any> => ({
  Count: (s: string, sub: string) => {
    if (sub.length === 0) return runeCount(s) + 1
    let n = 0
    for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++
    return n
  },
  LastIndex: (s: string, sub: string) => s.lastIndexOf(sub),
  IndexByte: (s: string, c: number) => s.indexOf(String.fromCharCode(c)),
  Index: (s: string, sub: string) => s.indexOf(sub),
  ToUpper: (s: string) => mapRunes(s, toUpper, true),
  ToLower: (s: string) => mapRunes(s, toLower, false),
  repeat: (s: string, count: number | bigint) => {
    const n = Number(count)
    env.allocate(s.length * n)
    return s.repeat(n)
  }
})

register({ path: 'strings', source: sources, natives })
