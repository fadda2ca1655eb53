/**
 * Go's encoding/hex: EncodeToString, DecodeString, with Go's errors
 * ("encoding/hex: invalid byte: U+0067 'g'", "encoding/hex: odd length hex string").
 *
 * @example
 * ```ts
 * import { encode, decode } from './index.ts'
 * encode(new Uint8Array([1, 0xab])) // '01ab'
 * ```
 */
const hextable = '0123456789abcdef'

export function encodedLen (n: number): number { return n * 2 }
export function decodedLen (x: number): number { return Math.floor(x / 2) }

/** hex.EncodeToString (lower case). */
export function encode (src: Uint8Array): string {
  let s = ''
  for (const b of src) s += hextable[b >> 4] + hextable[b & 0xf]
  return s
}

/** hex.Encode's bytes. */
export function encodeBytes (src: Uint8Array): Uint8Array {
  const out = new Uint8Array(src.length * 2)
  encodeInto(out, 0, src, 0, src.length)
  return out
}

/** Writes the 2n hex digits of src[soff:soff+n] at dst[doff:]. */
export function encodeInto (dst: Uint8Array, doff: number, src: ArrayLike<number>, soff: number, n: number): void {
  for (let i = 0; i < n; i++) {
    const b = src[soff + i]
    dst[doff + 2 * i] = digits[b >> 4]
    dst[doff + 2 * i + 1] = digits[b & 0xf]
  }
}
const digits = Uint8Array.from(hextable, c => c.charCodeAt(0))

export type HexError = { kind: 'invalidByte', byte: number } | { kind: 'length' }

/** The message of a decoding error, as Go's Error() prints it. */
export function hexErrorMessage (e: HexError): string {
  if (e.kind === 'length') return 'encoding/hex: odd length hex string'
  return 'encoding/hex: invalid byte: ' + goQuotedRuneU(e.byte)
}

/** fmt's %#U of a byte value: U+0067 'g' (non-printable bytes have no quoted part). */
function goQuotedRuneU (b: number): string {
  const u = 'U+' + b.toString(16).toUpperCase().padStart(4, '0')
  // fmt %#U prints the character when strconv.IsPrint(r)
  const printable = (b >= 0x20 && b <= 0x7e) || (b >= 0xa1 && b !== 0xad)
  return printable ? u + " '" + String.fromCodePoint(b) + "'" : u
}

function fromHexChar (c: number): number {
  if (c >= 48 && c <= 57) return c - 48
  if (c >= 97 && c <= 102) return c - 97 + 10
  if (c >= 65 && c <= 70) return c - 65 + 10
  return -1
}

/** hex.Decode: the decoded bytes (n of them, possibly before an error) and the error. */
export function decode (src: Uint8Array): { bytes: Uint8Array, err?: HexError } {
  const out = new Uint8Array(src.length >> 1)
  const r = decodeInto(out, 0, src, 0, src.length)
  return r.err === undefined ? { bytes: out } : { bytes: out.slice(0, r.n), err: r.err }
}

/**
 * Decodes the n hex digits at src[soff:] into dst[doff:]: whole pairs first, left to right,
 * stopping at the first bad digit; then an odd last digit is a bad byte or, if a digit, the
 * length error (as Go reports them).
 */
export function decodeInto (dst: Uint8Array, doff: number, src: ArrayLike<number>, soff: number, n: number): { n: number, err?: HexError } {
  const pairs = n >> 1
  for (let i = 0; i < pairs; i++) {
    const c0 = src[soff + 2 * i]; const c1 = src[soff + 2 * i + 1]
    const hi = fromHexChar(c0); const lo = fromHexChar(c1)
    if (hi < 0) return { n: i, err: { kind: 'invalidByte', byte: c0 } }
    if (lo < 0) return { n: i, err: { kind: 'invalidByte', byte: c1 } }
    dst[doff + i] = (hi << 4) | lo
  }
  if (n % 2 === 0) return { n: pairs }
  const odd = src[soff + n - 1]
  return { n: pairs, err: fromHexChar(odd) < 0 ? { kind: 'invalidByte', byte: odd } : { kind: 'length' } }
}
