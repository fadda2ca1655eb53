/**
 * SHA-256 and SHA-224 (Go's crypto/sha256): one-shot Sum256/Sum224 and a streaming digest with
 * Write, Sum (non-destructive, as Go's), Reset, Size and BlockSize.
 *
 * @example
 * ```ts
 * import { sum256 } from './index.ts'
 * sum256(new TextEncoder().encode('abc')) // ba7816bf…
 * ```
 */

export const Size = 32
export const Size224 = 28
export const BlockSize = 64

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
])
const IV256 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
const IV224 = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4]

const W = new Uint32Array(64)

function block (h: Uint32Array, p: Uint8Array, off: number): void {
  for (let i = 0; i < 16; i++) {
    const j = off + i * 4
    W[i] = (p[j] << 24) | (p[j + 1] << 16) | (p[j + 2] << 8) | p[j + 3]
  }
  for (let i = 16; i < 64; i++) {
    const v1 = W[i - 2]
    const t1 = ((v1 >>> 17) | (v1 << 15)) ^ ((v1 >>> 19) | (v1 << 13)) ^ (v1 >>> 10)
    const v2 = W[i - 15]
    const t2 = ((v2 >>> 7) | (v2 << 25)) ^ ((v2 >>> 18) | (v2 << 14)) ^ (v2 >>> 3)
    W[i] = (t1 + W[i - 7] + t2 + W[i - 16]) | 0
  }
  let a = h[0]; let b = h[1]; let c = h[2]; let d = h[3]; let e = h[4]; let f = h[5]; let g = h[6]; let hh = h[7]
  for (let i = 0; i < 64; i++) {
    const t1 = (hh + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0
    const t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) ^ (a & c) ^ (b & c))) | 0
    hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh
}

/** A streaming SHA-256 (or SHA-224) digest, as Go's hash.Hash. */
export class Digest {
  private h = new Uint32Array(8)
  private x = new Uint8Array(64)
  private nx = 0
  private len = 0
  constructor (readonly is224 = false) { this.reset() }
  get size (): number { return this.is224 ? Size224 : Size }
  get blockSize (): number { return BlockSize }
  reset (): void {
    this.h.set(this.is224 ? IV224 : IV256)
    this.nx = 0
    this.len = 0
  }

  write (p: Uint8Array): number {
    const n = p.length
    this.len += n
    let i = 0
    if (this.nx > 0) {
      const k = Math.min(64 - this.nx, n)
      this.x.set(p.subarray(0, k), this.nx)
      this.nx += k
      i = k
      if (this.nx === 64) { block(this.h, this.x, 0); this.nx = 0 }
    }
    for (; i + 64 <= n; i += 64) block(this.h, p, i)
    if (i < n) { this.x.set(p.subarray(i), 0); this.nx = n - i }
    return n
  }

  /** Sum(nil): the digest of what was written so far; the state is unchanged. */
  sum (): Uint8Array {
    const c = new Digest(this.is224)
    c.h.set(this.h); c.x.set(this.x); c.nx = this.nx; c.len = this.len
    return c.checkSum()
  }

  private checkSum (): Uint8Array {
    const len = this.len
    const tmp = new Uint8Array(64 + 8)
    tmp[0] = 0x80
    const padLen = len % 64 < 56 ? 56 - (len % 64) : 64 + 56 - (len % 64)
    const bits = len * 8
    const hiBits = Math.floor(bits / 4294967296)
    const loBits = bits >>> 0
    tmp[padLen] = hiBits >>> 24; tmp[padLen + 1] = hiBits >>> 16; tmp[padLen + 2] = hiBits >>> 8; tmp[padLen + 3] = hiBits
    tmp[padLen + 4] = loBits >>> 24; tmp[padLen + 5] = loBits >>> 16; tmp[padLen + 6] = loBits >>> 8; tmp[padLen + 7] = loBits
    this.write(tmp.subarray(0, padLen + 8))
    const out = new Uint8Array(32)
    for (let i = 0; i < 8; i++) {
      const v = this.h[i]
      out[i * 4] = v >>> 24; out[i * 4 + 1] = v >>> 16; out[i * 4 + 2] = v >>> 8; out[i * 4 + 3] = v
    }
    return this.is224 ? out.slice(0, 28) : out
  }
}

/** sha256.Sum256. */
export function sum256 (data: Uint8Array): Uint8Array {
  const d = new Digest(false)
  d.write(data)
  return d.sum()
}
/** sha256.Sum224. */
export function sum224 (data: Uint8Array): Uint8Array {
  const d = new Digest(true)
  d.write(data)
  return d.sum()
}

const hbuf = new Uint32Array(8)
/**
 * Hashes the whole 64-byte blocks of p[off:off+n] into the state h[hoff:hoff+8] (numbers, uint32),
 * as Go's block function: the state lives in the caller's data.
 */
export function blocks (h: { [i: number]: number }, hoff: number, p: ArrayLike<number>, off: number, n: number): void {
  for (let i = 0; i < 8; i++) hbuf[i] = h[hoff + i]
  const bytes = p instanceof Uint8Array ? p : Uint8Array.from(Array.prototype.slice.call(p, off, off + n))
  const base = p instanceof Uint8Array ? off : 0
  for (let i = 0; i + 64 <= n; i += 64) block(hbuf, bytes, base + i)
  for (let i = 0; i < 8; i++) h[hoff + i] = hbuf[i]
}
