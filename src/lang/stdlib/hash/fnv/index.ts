/**
 * Package hash/fnv: Go source (fnv.go) with the folding of input bytes native
 * (src/lang/native/fnv). The hash state is
 * 32-bit words, most significant first: [h] for 32 bits, [hi, lo] for 64, four words for 128.
 *
 * @example
 * ```go
 * h := fnv.New64a(); h.Write([]byte("hello")); h.Sum64() // 0xa430d84680aabd0b
 * ```
 */
import type { NativeEnv } from '../../package.ts'
import { sources, names } from './source.ts'
import type { Slice } from '../../../runtime/value.ts'
import { fold } from '../../../native/fnv/index.ts'

/** kind: 1 FNV-1 32, 2 FNV-1a 32, 3 and 4 at 64 bits, 5 and 6 at 128 (odd: FNV-1). */
export function foldSlice (kind: number, words: Slice, p: Slice): void {
  fold(words.a as number[], words.off, words.len, kind % 2 === 0, p.a as number[], p.off, p.off + p.len)
}

export const natives = (env: NativeEnv): Record<string, (...a: any[]) => any> => ({
  fold: (kind: number, words: Slice, p: Slice) => { env.charge(1 + (p.len >> 3)); foldSlice(Number(kind), words, p) }
})

export default ({ path: 'hash/fnv', source: sources, names, natives })
