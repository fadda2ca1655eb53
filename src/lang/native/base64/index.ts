/**
 * Go's encoding/base64: StdEncoding, URLEncoding, RawStdEncoding, RawURLEncoding (and custom
 * alphabets), with Go's decoding rules (\r and \n ignored, padding checks) and its errors
 * ("illegal base64 data at input byte N").
 *
 * @example
 * ```ts
 * import { StdEncoding, encodeToString } from './index.ts'
 * encodeToString(StdEncoding, new Uint8Array([104, 105])) // 'aGk='
 * ```
 */

export const StdPadding = 61 // '='
export const NoPadding = -1

export interface Encoding {
  encode: string
  decodeMap: Uint8Array
  padChar: number
  strict: boolean
}

export class Base64Panic extends Error {
  override name = 'Base64Panic'
  code = 'ERR_GO_PANIC'
}

/** base64.NewEncoding(alphabet).WithPadding(pad). */
export function newEncoding (alphabet: string, padChar: number = StdPadding, strict = false): Encoding {
  if (alphabet.length !== 64) throw new Base64Panic('encoding alphabet is not 64-bytes long')
  for (let i = 0; i < alphabet.length; i++) {
    const c = alphabet.charCodeAt(i)
    if (c === 10 || c === 13) throw new Base64Panic('encoding alphabet contains newline character')
  }
  if (padChar === 13 || padChar === 10 || padChar > 0xff) throw new Base64Panic('invalid padding')
  const decodeMap = new Uint8Array(256).fill(0xff)
  for (let i = 0; i < 64; i++) decodeMap[alphabet.charCodeAt(i)] = i
  if (padChar !== NoPadding && alphabet.includes(String.fromCharCode(padChar))) throw new Base64Panic('padding contained in alphabet')
  return { encode: alphabet, decodeMap, padChar, strict }
}

const std = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
export const StdEncoding = newEncoding(std)
export const URLEncoding = newEncoding(url)
export const RawStdEncoding = newEncoding(std, NoPadding)
export const RawURLEncoding = newEncoding(url, NoPadding)

export function encodedLen (enc: Encoding, n: number): number {
  if (enc.padChar === NoPadding) return Math.floor((n * 8 + 5) / 6)
  return Math.floor((n + 2) / 3) * 4
}
export function decodedLen (enc: Encoding, n: number): number {
  if (enc.padChar === NoPadding) return Math.floor(n * 6 / 8)
  return Math.floor(n / 4) * 3
}

/** Encoding.Encode: the encoded bytes of src. */
export function encode (enc: Encoding, src: Uint8Array): Uint8Array {
  const dst = new Uint8Array(encodedLen(enc, src.length))
  encodeInto(enc, dst, 0, src, 0, src.length)
  return dst
}

/**
 * Writes the encoding of src[soff:soff+len] at dst[doff:]: each 3 bytes become 4 symbols, 6 bits
 * each from the highest; a last 1 or 2 bytes become 2 or 3 symbols, then padding if enc pads.
 */
export function encodeInto (enc: Encoding, dst: { [i: number]: number }, doff: number, src: ArrayLike<number>, soff: number, len: number): void {
  const sym = enc.encode
  let d = doff
  for (let i = 0; i < len; i += 3) {
    const left = Math.min(3, len - i)
    let bits = src[soff + i] << 16
    if (left > 1) bits |= src[soff + i + 1] << 8
    if (left > 2) bits |= src[soff + i + 2]
    for (let k = 0; k <= left; k++) dst[d++] = sym.charCodeAt((bits >>> (18 - 6 * k)) & 0x3f)
    if (left < 3 && enc.padChar !== NoPadding) for (let k = left; k < 3; k++) dst[d++] = enc.padChar
  }
}

/** Encoding.EncodeToString. */
export function encodeToString (enc: Encoding, src: Uint8Array): string {
  const b = encode(enc, src)
  let s = ''
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192))
  return s
}

/** A decoding failure: Go's CorruptInputError(offset). */
export interface CorruptInputError { offset: number }
export function corruptInputMessage (e: CorruptInputError): string {
  return 'illegal base64 data at input byte ' + String(e.offset)
}

/** Encoding.Decode / DecodeString: the bytes decoded before any error, and the error. */
export function decode (enc: Encoding, src: Uint8Array): { bytes: Uint8Array, err?: CorruptInputError } {
  const dst = new Uint8Array(decodedLen(enc, src.length) + 3)
  const r = decodeInto(enc, dst, 0, src, 0, src.length)
  return r.err === undefined ? { bytes: dst.slice(0, r.n) } : { bytes: dst.slice(0, r.n), err: r.err }
}

const isNewline = (c: number): boolean => c === 10 || c === 13

/**
 * Decodes src[soff:soff+len] into dst[doff:], quantum by quantum (four symbols, three bytes),
 * newlines skipped anywhere. Gives the bytes written before the first error and the error's
 * offset, counted as Go counts it: a quantum cut short by the end is reported at the end minus
 * the symbols it holds; padding must come at symbol 3 or 4 of the last quantum, and nothing but
 * newlines may follow it (that error comes after the quantum's bytes). A strict encoding also
 * rejects non-zero bits left over in the last symbol.
 */
export function decodeInto (enc: Encoding, dst: ArrayLike<number> & { [i: number]: number }, doff: number, src: ArrayLike<number>, soff: number, len: number): { n: number, err?: CorruptInputError } {
  const map = enc.decodeMap
  const end = soff + len
  const padded = enc.padChar !== NoPadding
  let r = soff // next raw input byte
  let n = 0 // bytes written
  const fail = (at: number): { n: number, err: CorruptInputError } => ({ n, err: { offset: at - soff } })
  for (;;) {
    let acc = 0 // the symbols' bits, 6 per symbol, first symbol highest
    let have = 0 // symbols in the quantum so far
    let trailing = -1 // where input goes on after padding (an error), or -1
    while (have < 4) {
      if (r === end) {
        if (have === 0) return { n }
        if (have === 1 || padded) return fail(r - have)
        break // an unpadded last quantum of 2 or 3 symbols
      }
      const c = src[r++]
      if (isNewline(c)) continue
      const v = map[c]
      if (v !== 0xff) { acc = (acc << 6) | v; have++; continue }
      if (!padded || c !== enc.padChar || have < 2) return fail(r - 1)
      if (have === 2) { // a second padding symbol must follow
        while (r < end && isNewline(src[r])) r++
        if (r === end) return fail(end)
        if (src[r] !== enc.padChar) return fail(r - 1)
        r++
      }
      while (r < end && isNewline(src[r])) r++
      if (r < end) trailing = r
      break
    }
    const bytes = have - 1
    acc <<= 6 * (4 - have) // as if the missing symbols were zeros
    for (let k = 0; k < bytes; k++) dst[doff + n + k] = (acc >>> (16 - 8 * k)) & 0xff
    if (enc.strict && have < 4 && (acc & (0xffffff >>> (8 * bytes))) !== 0) {
      return fail(r - (have === 3 ? 1 : 2))
    }
    n += bytes
    if (trailing >= 0) return fail(trailing)
    if (have < 4) return { n }
  }
}
