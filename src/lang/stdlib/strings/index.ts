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
import { sources, names } from './source.ts'
import { mapRunes } from './native.ts'
import { toUpper, toLower } from '../../native/unicode/index.ts'
import { unicodeNatives } from '../unicode-natives.ts'
import { runeCount } from '../../runtime/value.ts'

/** Gas for scanning n bytes natively (one unit per 64 bytes, at least one). */
const scan = (n: number): number => 1 + (n >> 6)

export const natives = (env: NativeEnv): Record<string, (...a: any[]) => any> => ({
  ...unicodeNatives,
  Count: (s: string, sub: string) => {
    env.charge(scan(s.length))
    if (sub.length === 0) return runeCount(s) + 1
    let n = 0
    for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++
    return n
  },
  LastIndex: (s: string, sub: string) => { env.charge(scan(s.length)); return s.lastIndexOf(sub) },
  IndexByte: (s: string, c: number) => { env.charge(scan(s.length)); return s.indexOf(String.fromCharCode(c)) },
  Index: (s: string, sub: string) => { env.charge(scan(s.length)); return s.indexOf(sub) },
  ToUpper: (s: string) => { env.charge(scan(s.length)); return mapRunes(s, toUpper, true) },
  ToLower: (s: string) => { env.charge(scan(s.length)); return mapRunes(s, toLower, false) },
  repeat: (s: string, count: number | bigint) => {
    const n = Number(count)
    env.allocate(s.length * n)
    env.charge(scan(s.length * n))
    return s.repeat(n)
  }
})

register({ path: 'strings', source: sources, names, natives })
