/**
 * Strict decoding shared by every land codec: the size is checked before any decoding, the bytes
 * must be dag-cbor in canonical form (re-encoding gives them back, so one value has one CID), and
 * maps must have exactly the fields of their shape.
 */
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { LandError, type LandErrorCode } from './errors.ts'

/** The codes a codec reports for its three ways of failing. */
export interface CodecCodes { tooLarge: LandErrorCode, malformed: LandErrorCode, notCanonical: LandErrorCode }

export const MESSAGE_CODES: CodecCodes = { tooLarge: 'ERR_LAND_TOO_LARGE', malformed: 'ERR_LAND_MALFORMED', notCanonical: 'ERR_LAND_MALFORMED' }
export const TX_CODES: CodecCodes = { tooLarge: 'ERR_LAND_TX_TOO_LARGE', malformed: 'ERR_LAND_TX_MALFORMED', notCanonical: 'ERR_LAND_TX_NOT_CANONICAL' }

export function sameBytes (a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** Decodes `bytes` (at most `max`) as canonical dag-cbor. */
export function decodeStrict (bytes: Uint8Array, max: number, what: string, codes: CodecCodes): unknown {
  if (!(bytes instanceof Uint8Array)) throw new LandError(codes.malformed, `${what} must be bytes`)
  if (bytes.length > max) throw new LandError(codes.tooLarge, `${what} has ${bytes.length} bytes, more than ${max}`)
  let v: unknown
  try {
    v = dagCbor.decode(bytes)
  } catch (e) {
    const canonical = /strict|sorted|canonical|minimal/i.test((e as Error).message)
    throw new LandError(canonical ? codes.notCanonical : codes.malformed, `${what} is not ${canonical ? 'canonical ' : ''}dag-cbor: ${(e as Error).message}`, { cause: e })
  }
  if (!sameBytes(dagCbor.encode(v), bytes)) throw new LandError(codes.notCanonical, `${what} is not in canonical dag-cbor form`)
  return v
}

export function isMap (v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array) && CID.asCID(v) == null
}

/** `v` is a map whose keys are all of `required` and some of `optional`. */
export function expectMap (v: unknown, required: string[], optional: string[], what: string, code: LandErrorCode): Record<string, unknown> {
  if (!isMap(v)) throw new LandError(code, `${what} must be a map`)
  for (const k of required) if (!(k in v)) throw new LandError(code, `${what} lacks the field ${k}`)
  for (const k of Object.keys(v)) {
    if (!required.includes(k) && !optional.includes(k)) throw new LandError(code, `${what} has an unknown field ${k}`)
  }
  return v
}

export function expectInt (v: unknown, what: string, code: LandErrorCode, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) throw new LandError(code, `${what} must be an integer in ${min}..${max}`)
  return v
}

export function expectString (v: unknown, what: string, code: LandErrorCode): string {
  if (typeof v !== 'string') throw new LandError(code, `${what} must be a string`)
  return v
}

export function expectLink (v: unknown, what: string, code: LandErrorCode): CID {
  const cid = CID.asCID(v)
  if (cid == null || cid.version !== 1) throw new LandError(code, `${what} must be a CIDv1 link`)
  return cid
}

export function expectBytes (v: unknown, what: string, code: LandErrorCode, length?: number): Uint8Array {
  if (!(v instanceof Uint8Array) || (length !== undefined && v.length !== length)) {
    throw new LandError(code, `${what} must be ${length !== undefined ? `${length} ` : ''}bytes`)
  }
  return v
}

export function expectList (v: unknown, what: string, code: LandErrorCode, max: number): unknown[] {
  if (!Array.isArray(v)) throw new LandError(code, `${what} must be a list`)
  if (v.length > max) throw new LandError(code, `${what} has more than ${max} entries`)
  return v
}

/** The CID (CIDv1, dag-cbor, sha2-256) of dag-cbor bytes. */
export async function cborCid (bytes: Uint8Array): Promise<CID> {
  return CID.createV1(dagCbor.code, await sha256.digest(bytes))
}

const utf8 = new TextEncoder()

/** `domain` || bytes: what a key signs (each message kind has its own domain). */
export function prefixed (domain: string, bytes: Uint8Array): Uint8Array {
  const prefix = utf8.encode(domain)
  const out = new Uint8Array(prefix.length + bytes.length)
  out.set(prefix)
  out.set(bytes, prefix.length)
  return out
}
