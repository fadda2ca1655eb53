/**
 * Signing and verifying calls with Ed25519 (RFC 8032, through @libp2p/crypto), and the address
 * that names a caller: the libp2p peer id of its public key (`12D3KooW…`), which embeds the key,
 * so an address is checked without any lookup.
 */
import { publicKeyFromRaw } from '@libp2p/crypto/keys'
import { peerIdFromPublicKey, peerIdFromString } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { CallError } from './errors.ts'
import { ED25519_PUBLIC_KEY_BYTES, type Call, type SignedCall } from './layout.ts'
import { signingBytes } from './codec.ts'

/** The address of an Ed25519 public key (32 raw bytes): its peer id in base58btc. */
export function addressOf (publicKey: Uint8Array): string {
  if (publicKey.length !== ED25519_PUBLIC_KEY_BYTES) throw new CallError('ERR_CALL_MALFORMED', 'an address is made from a 32-byte Ed25519 public key')
  return peerIdFromPublicKey(publicKeyFromRaw(publicKey)).toString()
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
  let ok = false
  try {
    ok = await publicKeyFromRaw(s.call.caller).verify(signingBytes(s.call), s.sig)
  } catch {
    ok = false
  }
  if (!ok) throw new CallError('ERR_CALL_BAD_SIGNATURE', `the signature does not match the call and caller ${addressOf(s.call.caller)}`)
}
