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
  for (let i = 0; i < src.length; i++) {
    out[i * 2] = hextable.charCodeAt(src[i] >> 4)
    out[i * 2 + 1] = hextable.charCodeAt(src[i] & 0xf)
  }
  return out
}

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
  let i = 0; let j = 1
  for (; j < src.length; j += 2) {
    const p = src[j - 1]; const q = src[j]
    const a = fromHexChar(p)
    if (a < 0) return { bytes: out.slice(0, i), err: { kind: 'invalidByte', byte: p } }
    const b = fromHexChar(q)
    if (b < 0) return { bytes: out.slice(0, i), err: { kind: 'invalidByte', byte: q } }
    out[i++] = (a << 4) | b
  }
  if (src.length % 2 === 1) {
    if (fromHexChar(src[j - 1]) < 0) return { bytes: out.slice(0, i), err: { kind: 'invalidByte', byte: src[j - 1] } }
    return { bytes: out.slice(0, i), err: { kind: 'length' } }
  }
  return { bytes: out }
}
