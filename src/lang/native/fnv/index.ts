/**
 * Go's hash/fnv: FNV-1 and FNV-1a, 32 and 64 bits (64-bit state as 32-bit halves, results as
 * bigint). Each hash is streaming: write, sum32/sum64, reset.
 *
 * @example
 * ```ts
 * import { New32a } from './index.ts'
 * const h = New32a(); h.write(new TextEncoder().encode('hello')); h.sum32() // 0x4f9f2cab
 * ```
 */

const offset32 = 2166136261
const prime32 = 16777619

export interface Hash32 { write (p: Uint8Array): number, sum32 (): number, sum (): Uint8Array, reset (): void, size: number, blockSize: number }
export interface Hash64 { write (p: Uint8Array): number, sum64 (): bigint, sum (): Uint8Array, reset (): void, size: number, blockSize: number }

function be32 (v: number): Uint8Array { return Uint8Array.of(v >>> 24, v >>> 16, v >>> 8, v) }

function new32 (a: boolean): Hash32 {
  let h = offset32
  return {
    size: 4,
    blockSize: 1,
    write (p) {
      for (let i = 0; i < p.length; i++) {
        if (a) { h = Math.imul(h ^ p[i], prime32) >>> 0 } else { h = (Math.imul(h, prime32) ^ p[i]) >>> 0 }
      }
      return p.length
    },
    sum32 () { return h },
    sum () { return be32(h) },
    reset () { h = offset32 }
  }
}

// 64-bit FNV prime 0x100000001b3 = 2^40 + 0x1b3; offset 0xcbf29ce484222325.
const OFF_HI = 0xcbf29ce4; const OFF_LO = 0x84222325

function new64 (a: boolean): Hash64 {
  let hi = OFF_HI; let lo = OFF_LO
  const mul = (): void => {
    // (hi:lo) * (2^40 + 0x1b3) mod 2^64
    const l0 = lo & 0xffff; const l1 = lo >>> 16
    const p0 = l0 * 0x1b3
    const p1 = l1 * 0x1b3
    const lowSum = p0 + ((p1 & 0xffff) * 65536)
    const newLo = lowSum >>> 0
    const carry = Math.floor(lowSum / 4294967296) + Math.floor(p1 / 65536)
    // hi * 0x1b3 + lo << 8 (the 2^40 term shifts lo into hi by 8 bits) + carry
    hi = (Math.imul(hi, 0x1b3) + (lo << 8) + carry) >>> 0
    lo = newLo
  }
  return {
    size: 8,
    blockSize: 1,
    write (p) {
      for (let i = 0; i < p.length; i++) {
        if (a) { lo = (lo ^ p[i]) >>> 0; mul() } else { mul(); lo = (lo ^ p[i]) >>> 0 }
      }
      return p.length
    },
    sum64 () { return (BigInt(hi) << 32n) | BigInt(lo) },
    sum () { const b = new Uint8Array(8); b.set(be32(hi), 0); b.set(be32(lo), 4); return b },
    reset () { hi = OFF_HI; lo = OFF_LO }
  }
}

export function New32 (): Hash32 { return new32(false) }
export function New32a (): Hash32 { return new32(true) }
export function New64 (): Hash64 { return new64(false) }
export function New64a (): Hash64 { return new64(true) }
