/**
 * Go's hash/fnv: FNV-1 and FNV-1a at 32, 64 and 128 bits. A hash state is 32-bit words, most
 * significant first ([h], [hi, lo] or four words), folded over the input by `fold`; New32…New64a
 * wrap it as streaming hashes (64-bit results as bigint).
 *
 * @example
 * ```ts
 * import { New32a } from './index.ts'
 * const h = New32a(); h.write(new TextEncoder().encode('hello')); h.sum32() // 0x4f9f2cab
 * ```
 */

export interface Hash32 { write (p: Uint8Array): number, sum32 (): number, sum (): Uint8Array, reset (): void, size: number, blockSize: number }
export interface Hash64 { write (p: Uint8Array): number, sum64 (): bigint, sum (): Uint8Array, reset (): void, size: number, blockSize: number }

/** The offset bases, as words. */
export const offsets: Record<number, readonly number[]> = {
  1: [0x811c9dc5],
  2: [0xcbf29ce4, 0x84222325],
  4: [0x6c62272e, 0x07bb0142, 0x62b82175, 0x6295c58d]
}

const two32 = 4294967296

/** w[o] times the 32-bit prime 2^24 + 0x193, mod 2^32 */
function mul32 (w: number[], o: number): void {
  const x = w[o]
  w[o] = (Math.imul(x, 0x193) + (x << 24)) >>> 0
}

/** w[o..o+1] times the 64-bit prime 2^40 + 0x1b3, mod 2^64 */
function mul64 (w: number[], o: number): void {
  const hi = w[o]; const lo = w[o + 1]
  const low = lo * 0x1b3 // below 2^41: exact
  w[o + 1] = low >>> 0
  // the 2^40 term moves lo up by 8 bits into the high word
  w[o] = (hi * 0x1b3 + Math.floor(low / two32) + ((lo << 8) >>> 0)) >>> 0
}

/** w[o..o+3] times the 128-bit prime 2^88 + 0x13b, mod 2^128 */
function mul128 (w: number[], o: number): void {
  const w0 = w[o + 3]; const w1 = w[o + 2]
  let carry = 0
  for (let i = 3; i >= 0; i--) {
    const p = w[o + i] * 0x13b + carry
    w[o + i] = p >>> 0
    carry = Math.floor(p / two32)
  }
  // the 2^88 term: the lowest word moved up 24 bits lands in word 1 (bits 64..95), the rest above
  const s1 = w[o + 1] + ((w0 << 24) >>> 0)
  w[o + 1] = s1 >>> 0
  w[o] = (w[o] + (((w0 >>> 8) | (w1 << 24)) >>> 0) + (s1 >= two32 ? 1 : 0)) >>> 0
}

const multipliers: Record<number, (w: number[], o: number) => void> = { 1: mul32, 2: mul64, 4: mul128 }

/**
 * Folds bytes p[start:end] into the n words of w at o: FNV-1 multiplies then xors each byte
 * into the lowest word, FNV-1a (a) xors then multiplies.
 */
export function fold (w: number[], o: number, n: number, a: boolean, p: ArrayLike<number>, start: number, end: number): void {
  const mul = multipliers[n]
  const last = o + n - 1
  for (let i = start; i < end; i++) {
    if (a) { w[last] = (w[last] ^ p[i]) >>> 0; mul(w, o) } else { mul(w, o); w[last] = (w[last] ^ p[i]) >>> 0 }
  }
}

function bigEndian (w: number[]): Uint8Array {
  const b = new Uint8Array(w.length * 4)
  w.forEach((x, i) => { b[4 * i] = x >>> 24; b[4 * i + 1] = x >>> 16; b[4 * i + 2] = x >>> 8; b[4 * i + 3] = x })
  return b
}

function streaming (n: number, a: boolean): { w: number[], write: (p: Uint8Array) => number, sum: () => Uint8Array, reset: () => void, size: number, blockSize: number } {
  const w = [...offsets[n]]
  return {
    w,
    size: 4 * n,
    blockSize: 1,
    write: p => { fold(w, 0, n, a, p, 0, p.length); return p.length },
    sum: () => bigEndian(w),
    reset: () => { w.splice(0, n, ...offsets[n]) }
  }
}

function new32 (a: boolean): Hash32 {
  const s = streaming(1, a)
  return { ...s, sum32: () => s.w[0] }
}
function new64 (a: boolean): Hash64 {
  const s = streaming(2, a)
  return { ...s, sum64: () => (BigInt(s.w[0]) << 32n) | BigInt(s.w[1]) }
}

export function New32 (): Hash32 { return new32(false) }
export function New32a (): Hash32 { return new32(true) }
export function New64 (): Hash64 { return new64(false) }
export function New64a (): Hash64 { return new64(true) }
