/**
 * Package hash/fnv: Go source (fnv.go) with the folding of input bytes native. The hash state is
 * 32-bit words, most significant first: [h] for 32 bits, [hi, lo] for 64, four words for 128.
 *
 * @example
 * ```go
 * h := fnv.New64a(); h.Write([]byte("hello")); h.Sum64() // 0xa430d84680aabd0b
 * ```
 */
import { register, type NativeEnv } from '../../registry.ts'
import { sources, names } from './source.ts'
import type { Slice } from '../../../runtime/value.ts'

const two32 = 4294967296

/** w = w·(2^24 + 0x193) mod 2^32 (the 32-bit FNV prime) */
function mul32 (w: number): number {
  return (Math.imul(w, 0x193) + (w << 24)) >>> 0
}

/** [hi, lo] = [hi, lo]·(2^40 + 0x1b3) mod 2^64 (the 64-bit FNV prime) */
function mul64 (w: number[], o: number): void {
  const hi = w[o]; const lo = w[o + 1]
  const low = lo * 0x1b3 // below 2^41: exact
  w[o + 1] = low >>> 0
  w[o] = (hi * 0x1b3 + Math.floor(low / two32) + ((lo << 8) >>> 0)) >>> 0
}

/** four words times (2^88 + 0x13b) mod 2^128 (the 128-bit FNV prime) */
function mul128 (w: number[], o: number): void {
  const w0 = w[o + 3]; const w1 = w[o + 2]
  let carry = 0
  for (let i = 3; i >= 0; i--) {
    const p = w[o + i] * 0x13b + carry
    w[o + i] = p >>> 0
    carry = Math.floor(p / two32)
  }
  // x·2^88: the lowest word shifted by 24 lands in word 1 (bits 64..95), the rest above it
  const add2 = (w0 << 24) >>> 0
  const add3 = ((w0 >>> 8) | (w1 << 24)) >>> 0
  const s1 = w[o + 1] + add2
  w[o + 1] = s1 >>> 0
  w[o] = (w[o] + add3 + (s1 >= two32 ? 1 : 0)) >>> 0
}

export function fold (kind: number, words: Slice, p: Slice): void {
  const w = words.a as number[]; const o = words.off
  const a = p.a as number[]; const end = p.off + p.len
  const xorFirst = kind % 2 === 0 // FNV-1a: xor, then multiply
  const last = o + words.len - 1 // the byte goes into the lowest word
  const mul = words.len === 1 ? (): void => { w[o] = mul32(w[o]) } : words.len === 2 ? (): void => { mul64(w, o) } : (): void => { mul128(w, o) }
  for (let i = p.off; i < end; i++) {
    if (xorFirst) { w[last] = (w[last] ^ a[i]) >>> 0; mul() } else { mul(); w[last] = (w[last] ^ a[i]) >>> 0 }
  }
}

export const natives = (env: NativeEnv): Record<string, (...a: any[]) => any> => ({
  fold: (kind: number, words: Slice, p: Slice) => { env.charge(1 + (p.len >> 3)); fold(Number(kind), words, p) }
})

register({ path: 'hash/fnv', source: sources, names, natives })
