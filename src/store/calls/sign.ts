/**
 * Signing and verifying calls with Ed25519 (RFC 8032, node:crypto with cached keys, keys.ts), and the address
 * that names a caller: the libp2p peer id of its public key (`12D3KooW…`), which embeds the key,
 * so an address is checked without any lookup.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { CallError } from './errors.ts'
import { ED25519_PUBLIC_KEY_BYTES, type Call, type SignedCall } from './layout.ts'
import { signingBytes } from './codec.ts'
import { cachedAddress, verifyEd25519 } from './keys.ts'

/** The address of an Ed25519 public key (32 raw bytes): its peer id in base58btc. */
export function addressOf (publicKey: Uint8Array): string {
  if (publicKey.length !== ED25519_PUBLIC_KEY_BYTES) throw new CallError('ERR_CALL_MALFORMED', 'an address is made from a 32-byte Ed25519 public key')
  return cachedAddress(publicKey)
}

/** The public key (32 raw bytes) that an address names; throws on anything but an Ed25519 peer id. */
export function publicKeyOfAddress (address: string): Uint8Array {
  try {
    const key = peerIdFromString(address).publicKey
    if (key?.type === 'Ed25519') return key.raw
  } catch {}
  throw new CallError('ERR_CALL_MALFORMED', `${JSON.stringify(address)} is not an Amigo address (the peer id of an Ed25519 key)`)
}

/** Signs a call with an Ed25519 private key; the call's `caller` is set from the key. */
export async function signCall (call: Omit<Call, 'caller'>, key: PrivateKey): Promise<SignedCall> {
  if (key.type !== 'Ed25519') throw new CallError('ERR_CALL_MALFORMED', `calls are signed with Ed25519 keys, not ${key.type}`)
  const full: Call = { ...call, caller: key.publicKey.raw }
  const sig = await key.sign(signingBytes(full))
  return { call: full, sig }
}

/** Throws ERR_CALL_BAD_SIGNATURE unless `sig` is the caller's signature of the call. */
export async function verifySignature (s: SignedCall): Promise<void> {
  if (s.call.caller.length !== ED25519_PUBLIC_KEY_BYTES || !verifyEd25519(s.call.caller, signingBytes(s.call), s.sig)) throw new CallError('ERR_CALL_BAD_SIGNATURE', `the signature does not match the call and caller ${addressOf(s.call.caller)}`)
}
