/**
 * Go's encoding/binary byte orders and varints. 16/32-bit values are numbers; 64-bit values are
 * bigints (uint64; Varint's int64 as a signed bigint).
 *
 * @example
 * ```ts
 * import { BigEndian, putUvarint } from './index.ts'
 * const b = new Uint8Array(4); BigEndian.putUint32(b, 0, 0x01020304) // b = [1, 2, 3, 4]
 * ```
 */

export const MaxVarintLen16 = 3
export const MaxVarintLen32 = 5
export const MaxVarintLen64 = 10

const M64 = (1n << 64n) - 1n

export class BinaryPanic extends Error {
  override name = 'BinaryPanic'
  code = 'ERR_GO_PANIC'
}
function need (b: Uint8Array, off: number, n: number): void {
  if (off + n > b.length) throw new BinaryPanic(`runtime error: index out of range [${off + n - 1}] with length ${b.length}`)
}

export interface ByteOrder {
  name: string
  uint16 (b: Uint8Array, off?: number): number
  uint32 (b: Uint8Array, off?: number): number
  uint64 (b: Uint8Array, off?: number): bigint
  putUint16 (b: Uint8Array, off: number, v: number): void
  putUint32 (b: Uint8Array, off: number, v: number): void
  putUint64 (b: Uint8Array, off: number, v: bigint): void
}

export const LittleEndian: ByteOrder = {
  name: 'LittleEndian',
  uint16 (b, off = 0) { need(b, off, 2); return b[off] | (b[off + 1] << 8) },
  uint32 (b, off = 0) { need(b, off, 4); return (b[off] | (b[off + 1] << 8) | (b[off + 2] << 16) | (b[off + 3] << 24)) >>> 0 },
  uint64 (b, off = 0) { need(b, off, 8); return (BigInt(LittleEndian.uint32(b, off + 4)) << 32n) | BigInt(LittleEndian.uint32(b, off)) },
  putUint16 (b, off, v) { need(b, off, 2); b[off] = v; b[off + 1] = v >>> 8 },
  putUint32 (b, off, v) { need(b, off, 4); b[off] = v; b[off + 1] = v >>> 8; b[off + 2] = v >>> 16; b[off + 3] = v >>> 24 },
  putUint64 (b, off, v) {
    need(b, off, 8); v &= M64
    LittleEndian.putUint32(b, off, Number(v & 0xffffffffn)); LittleEndian.putUint32(b, off + 4, Number(v >> 32n))
  }
}

export const BigEndian: ByteOrder = {
  name: 'BigEndian',
  uint16 (b, off = 0) { need(b, off, 2); return (b[off] << 8) | b[off + 1] },
  uint32 (b, off = 0) { need(b, off, 4); return ((b[off] << 24) | (b[off + 1] << 16) | (b[off + 2] << 8) | b[off + 3]) >>> 0 },
  uint64 (b, off = 0) { need(b, off, 8); return (BigInt(BigEndian.uint32(b, off)) << 32n) | BigInt(BigEndian.uint32(b, off + 4)) },
  putUint16 (b, off, v) { need(b, off, 2); b[off] = v >>> 8; b[off + 1] = v },
  putUint32 (b, off, v) { need(b, off, 4); b[off] = v >>> 24; b[off + 1] = v >>> 16; b[off + 2] = v >>> 8; b[off + 3] = v },
  putUint64 (b, off, v) {
    need(b, off, 8); v &= M64
    BigEndian.putUint32(b, off, Number(v >> 32n)); BigEndian.putUint32(b, off + 4, Number(v & 0xffffffffn))
  }
}

/** The bytes AppendUvarint appends: the varint encoding of a uint64. */
export function uvarintBytes (x: bigint): Uint8Array {
  x &= M64
  const out: number[] = []
  while (x >= 0x80n) { out.push(Number(x & 0x7fn) | 0x80); x >>= 7n }
  out.push(Number(x))
  return Uint8Array.from(out)
}
/** The bytes AppendVarint appends (zig-zag). */
export function varintBytes (x: bigint): Uint8Array {
  x = BigInt.asIntN(64, x)
  let ux = BigInt.asUintN(64, x << 1n)
  if (x < 0n) ux = ux ^ M64
  return uvarintBytes(ux)
}
/** PutUvarint: writes into buf at off, returns bytes written (panics like Go when buf is short). */
export function putUvarint (buf: Uint8Array, off: number, x: bigint): number {
  const b = uvarintBytes(x)
  need(buf, off, b.length)
  buf.set(b, off)
  return b.length
}
export function putVarint (buf: Uint8Array, off: number, x: bigint): number {
  const b = varintBytes(x)
  need(buf, off, b.length)
  buf.set(b, off)
  return b.length
}
/**
 * Uvarint(buf[off:]): [value, n]. Seven bits per byte, least significant first, the high bit
 * set on every byte but the last; at most ten bytes, the tenth holding one bit. n == 0: the
 * buffer ends first; n < 0: too long or too large, after -n bytes.
 */
export function uvarint (buf: Uint8Array, off = 0): [bigint, number] {
  let x = 0n
  for (let i = 0; off + i < buf.length; i++) {
    if (i === MaxVarintLen64) return [0n, -(i + 1)] // an eleventh byte
    const b = buf[off + i]
    const last = b < 0x80
    if (last && i === MaxVarintLen64 - 1 && b > 1) return [0n, -(i + 1)] // over 64 bits
    x |= BigInt(b & 0x7f) << BigInt(7 * i)
    if (last) return [x, i + 1]
  }
  return [0n, 0]
}
/** Varint(buf[off:]): [int64 value, n]. */
export function varint (buf: Uint8Array, off = 0): [bigint, number] {
  const [ux, n] = uvarint(buf, off)
  let x = BigInt.asIntN(64, ux >> 1n)
  if ((ux & 1n) !== 0n) x = ~x
  return [x, n]
}
