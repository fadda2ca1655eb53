/**
 * Callers' Ed25519 keys as node:crypto KeyObjects and their addresses, made once per caller: a node
 * verifies every call of a busy caller (on admission and again in each block that carries it), and
 * importing the key and base58-encoding its peer id cost more than the signature check itself.
 * Bounded: past MAX_KEYS the oldest entries leave (a Map keeps insertion order).
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto'
import { publicKeyFromRaw } from '@libp2p/crypto/keys'
import { peerIdFromPublicKey } from '@libp2p/peer-id'

const MAX_KEYS = 20_000
// DER SubjectPublicKeyInfo header of an Ed25519 key (RFC 8410); the 32 raw bytes follow
const SPKI_PREFIX = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00])

/** A 32-byte Ed25519 public key as a node:crypto KeyObject (for `verify`). */
export function ed25519KeyObject (raw: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' })
}

interface CallerKey { key: KeyObject, address: string }
const cache = new Map<string, CallerKey>()

function callerKey (raw: Uint8Array): CallerKey {
  const id = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('hex')
  let k = cache.get(id)
  if (k === undefined) {
    k = {
      key: ed25519KeyObject(raw),
      address: peerIdFromPublicKey(publicKeyFromRaw(raw)).toString()
    }
    if (cache.size >= MAX_KEYS) cache.delete(cache.keys().next().value!)
    cache.set(id, k)
  }
  return k
}

/** The peer id (base58btc) of a 32-byte Ed25519 public key. */
export function cachedAddress (raw: Uint8Array): string { return callerKey(raw).address }

/** Whether `sig` is the Ed25519 signature of `data` by the 32-byte public key `raw`. */
export function verifyEd25519 (raw: Uint8Array, data: Uint8Array, sig: Uint8Array): boolean {
  try { return verify(null, data, callerKey(raw).key, sig) } catch { return false }
}
