/**
 * Bit helpers for the HAMT, with the IPLD HashMap spec's conventions:
 * - an index takes `bitWidth` bits of the key's hash, left-most (most significant) bit first,
 *   starting at bit `depth × bitWidth`;
 * - the `map` bitfield has `2^bitWidth / 8` bytes; bit `i` is bit `i % 8` (value `1 << (i % 8)`)
 *   of byte `floor(i / 8)` (little-endian byte addressing).
 */

/** The `bitWidth` bits of `hash` used at `depth`, as an index in `[0, 2^bitWidth)`. */
export function hashIndex (hash: Uint8Array, depth: number, bitWidth: number): number {
  const start = depth * bitWidth
  let v = 0
  for (let i = 0; i < bitWidth; i++) {
    const b = start + i
    v = (v << 1) | ((hash[b >> 3] >> (7 - (b & 7))) & 1)
  }
  return v
}

export function bitHas (map: Uint8Array, i: number): boolean {
  return ((map[i >> 3] >> (i & 7)) & 1) === 1
}

/** Sets bit `i` in place. */
export function bitSet (map: Uint8Array, i: number): void {
  map[i >> 3] |= 1 << (i & 7)
}

/** Clears bit `i` in place. */
export function bitClear (map: Uint8Array, i: number): void {
  map[i >> 3] &= ~(1 << (i & 7))
}

function popcount8 (b: number): number {
  b = b - ((b >> 1) & 0x55)
  b = (b & 0x33) + ((b >> 2) & 0x33)
  return (b + (b >> 4)) & 0x0f
}

/** Number of set bits below bit `i`: the position in the compacted `data` array. */
export function dataIndex (map: Uint8Array, i: number): number {
  let n = 0
  const full = i >> 3
  for (let k = 0; k < full; k++) n += popcount8(map[k])
  const rest = i & 7
  if (rest !== 0) n += popcount8(map[full] & ((1 << rest) - 1))
  return n
}

/** Number of set bits in the whole map: the length of `data`. */
export function popcount (map: Uint8Array): number {
  let n = 0
  for (let k = 0; k < map.length; k++) n += popcount8(map[k])
  return n
}
