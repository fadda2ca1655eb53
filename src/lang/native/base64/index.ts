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
  const e = enc.encode
  let di = 0; let si = 0
  const n = Math.floor(src.length / 3) * 3
  while (si < n) {
    const val = (src[si] << 16) | (src[si + 1] << 8) | src[si + 2]
    dst[di] = e.charCodeAt((val >> 18) & 0x3f)
    dst[di + 1] = e.charCodeAt((val >> 12) & 0x3f)
    dst[di + 2] = e.charCodeAt((val >> 6) & 0x3f)
    dst[di + 3] = e.charCodeAt(val & 0x3f)
    si += 3; di += 4
  }
  const remain = src.length - si
  if (remain === 0) return dst
  let val = src[si] << 16
  if (remain === 2) val |= src[si + 1] << 8
  dst[di] = e.charCodeAt((val >> 18) & 0x3f)
  dst[di + 1] = e.charCodeAt((val >> 12) & 0x3f)
  if (remain === 2) {
    dst[di + 2] = e.charCodeAt((val >> 6) & 0x3f)
    if (enc.padChar !== NoPadding) dst[di + 3] = enc.padChar
  } else if (enc.padChar !== NoPadding) {
    dst[di + 2] = enc.padChar
    dst[di + 3] = enc.padChar
  }
  return dst
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
  let n = 0
  let si = 0
  while (si < src.length) {
    const q = decodeQuantum(enc, dst, n, src, si)
    si = q.si
    n += q.n
    if (q.err !== undefined) return { bytes: dst.slice(0, n), err: q.err }
  }
  return { bytes: dst.slice(0, n) }
}

function decodeQuantum (enc: Encoding, dst: Uint8Array, at: number, src: Uint8Array, si: number): { si: number, n: number, err?: CorruptInputError } {
  const dbuf = [0, 0, 0, 0]
  let dlen = 4
  let err: CorruptInputError | undefined
  for (let j = 0; j < 4; j++) {
    if (src.length === si) {
      if (j === 0) return { si, n: 0 }
      if (j === 1 || enc.padChar !== NoPadding) return { si, n: 0, err: { offset: si - j } }
      dlen = j
      break
    }
    const inp = src[si]
    si++
    const out = enc.decodeMap[inp]
    if (out !== 0xff) { dbuf[j] = out; continue }
    if (inp === 10 || inp === 13) { j--; continue }
    if (inp !== enc.padChar) return { si, n: 0, err: { offset: si - 1 } }
    if (j === 0 || j === 1) return { si, n: 0, err: { offset: si - 1 } }
    if (j === 2) {
      while (si < src.length && (src[si] === 10 || src[si] === 13)) si++
      if (si === src.length) return { si, n: 0, err: { offset: src.length } }
      if (src[si] !== enc.padChar) return { si, n: 0, err: { offset: si - 1 } }
      si++
    }
    while (si < src.length && (src[si] === 10 || src[si] === 13)) si++
    if (si < src.length) err = { offset: si }
    dlen = j
    break
  }
  const val = (dbuf[0] << 18) | (dbuf[1] << 12) | (dbuf[2] << 6) | dbuf[3]
  const b0 = (val >> 16) & 0xff; const b1 = (val >> 8) & 0xff; const b2 = val & 0xff
  if (dlen >= 4) dst[at + 2] = b2
  if (dlen >= 3) {
    dst[at + 1] = b1
    if (enc.strict && dlen === 3 && b2 !== 0) return { si, n: 0, err: { offset: si - 1 } }
  }
  if (dlen >= 2) {
    dst[at] = b0
    if (enc.strict && dlen === 2 && (b1 !== 0 || b2 !== 0)) return { si, n: 0, err: { offset: si - 2 } }
  }
  return { si, n: dlen - 1, err }
}
