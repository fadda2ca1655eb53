/**
 * Canonical dag-cbor encoding of calls and signed calls (protocols/calls.md), strict decoding, and
 * the CID that names a signed call.
 */
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { CallError } from './errors.ts'
import {
  CALL_FORMAT, CALL_SIGNING_DOMAIN, MAX_CALL_BYTES, ED25519_SIGNATURE_BYTES, checkCall,
  type Call, type SignedCall
} from './layout.ts'

const CALL_FIELDS = ['args', 'caller', 'format', 'func', 'gas', 'land', 'nonce', 'service']
const SIGNED_FIELDS = ['call', 'sig']

/** The call as the plain data that dag-cbor encodes (with its `format`). */
function callData (call: Call): Record<string, unknown> {
  return {
    format: CALL_FORMAT,
    land: call.land,
    caller: call.caller,
    nonce: call.nonce,
    service: call.service,
    func: call.func,
    args: call.args,
    gas: call.gas
  }
}

/** dag-cbor bytes of a call (validated first). */
export function encodeCall (call: Call): Uint8Array {
  checkCall(call)
  return dagCbor.encode(callData(call))
}

/** The bytes a caller signs: the domain prefix, then the call's dag-cbor bytes. */
export function signingBytes (call: Call): Uint8Array {
  const body = encodeCall(call)
  const prefix = new TextEncoder().encode(CALL_SIGNING_DOMAIN)
  const out = new Uint8Array(prefix.length + body.length)
  out.set(prefix)
  out.set(body, prefix.length)
  return out
}

/** dag-cbor bytes of a signed call, the block that the call log and the gossip carry. */
export function encodeSignedCall (s: SignedCall): Uint8Array {
  checkCall(s.call)
  if (!(s.sig instanceof Uint8Array) || s.sig.length !== ED25519_SIGNATURE_BYTES) {
    throw new CallError('ERR_CALL_MALFORMED', `sig must be a ${ED25519_SIGNATURE_BYTES}-byte Ed25519 signature`)
  }
  const bytes = dagCbor.encode({ call: callData(s.call), sig: s.sig })
  if (bytes.length > MAX_CALL_BYTES) throw new CallError('ERR_CALL_TOO_LARGE', `the signed call has ${bytes.length} bytes, more than ${MAX_CALL_BYTES}`)
  return bytes
}

function isMap (v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array) && !(v instanceof CID)
}

function exactFields (v: Record<string, unknown>, fields: string[], what: string): void {
  const keys = Object.keys(v).sort()
  if (keys.length !== fields.length || keys.some((k, i) => k !== fields[i])) {
    throw new CallError('ERR_CALL_MALFORMED', `${what} must have exactly the fields ${fields.join(', ')}; it has ${keys.join(', ')}`)
  }
}

/**
 * Decodes and validates a signed call: size, dag-cbor, exact shape, every field rule, and the
 * canonical form (re-encoding gives the same bytes). Does not check the signature, land or nonce.
 */
export function decodeSignedCall (bytes: Uint8Array): SignedCall {
  if (bytes.length > MAX_CALL_BYTES) throw new CallError('ERR_CALL_TOO_LARGE', `the signed call has ${bytes.length} bytes, more than ${MAX_CALL_BYTES}`)
  let v: unknown
  try {
    v = dagCbor.decode(bytes)
  } catch (e) {
    // the strict dag-cbor decoder already refuses some non-canonical forms (long integers, unsorted keys)
    const code = /strict|sorted|canonical/i.test((e as Error).message) ? 'ERR_CALL_NOT_CANONICAL' : 'ERR_CALL_MALFORMED'
    throw new CallError(code, `${code === 'ERR_CALL_MALFORMED' ? 'not dag-cbor' : 'not canonical dag-cbor'}: ${(e as Error).message}`, { cause: e })
  }
  if (!isMap(v)) throw new CallError('ERR_CALL_MALFORMED', 'a signed call is a map {call, sig}')
  exactFields(v, SIGNED_FIELDS, 'a signed call')
  const c = v.call
  if (!isMap(c)) throw new CallError('ERR_CALL_MALFORMED', 'call must be a map')
  exactFields(c, CALL_FIELDS, 'a call')
  if (c.format !== CALL_FORMAT) throw new CallError('ERR_CALL_MALFORMED', `format must be ${JSON.stringify(CALL_FORMAT)}, not ${JSON.stringify(c.format)}`)
  const call: Call = {
    land: c.land as string,
    caller: c.caller as Uint8Array,
    nonce: c.nonce as number,
    service: c.service as string,
    func: c.func as string,
    args: c.args as string[],
    gas: c.gas as number
  }
  const signed: SignedCall = { call, sig: v.sig as Uint8Array }
  const again = encodeSignedCall(signed) // validates every field
  if (again.length !== bytes.length || again.some((b, i) => b !== bytes[i])) {
    throw new CallError('ERR_CALL_NOT_CANONICAL', 'the signed call is not in canonical dag-cbor form')
  }
  return signed
}

/** The CID of a signed call's block: CIDv1, dag-cbor, sha2-256. */
export async function callCid (bytes: Uint8Array): Promise<CID> {
  return CID.createV1(dagCbor.code, await sha256.digest(bytes))
}
