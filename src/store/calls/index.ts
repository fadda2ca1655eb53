/**
 * Signed calls (protocols/calls.md): the request to run an exported function of a service —
 * caller key, nonce, land, service, function, Go literal arguments, gas limit — as one canonical
 * dag-cbor block, signed by the caller's Ed25519 key over a domain-separated encoding, and named
 * by its CID. `verifyCall` is the whole admission check of a node: size, shape, canonical form,
 * arguments, land, signature, nonce.
 *
 * @example
 * ```ts
 * import { generateKeyPair } from '@libp2p/crypto/keys'
 * import { signCall, encodeSignedCall, verifyCall } from './store/calls/index.ts'
 * const key = await generateKeyPair('Ed25519')
 * const signed = await signCall({ land: 'local.land', nonce: 1, service: 'local.land/amigo/counter', func: 'Add', args: ['5'], gas: 100000 }, key)
 * const bytes = encodeSignedCall(signed)
 * const ok = await verifyCall(bytes, { land: 'local.land', lastNonce: undefined })
 * // ok.address === peer id of key, ok.cid names the block
 * ```
 */
import type { CID } from 'multiformats/cid'
import { decodeSignedCall, callCid } from './codec.ts'
import { verifySignature, addressOf } from './sign.ts'
import { checkNonce } from './nonce.ts'
import { CallError } from './errors.ts'
import type { SignedCall } from './layout.ts'

export { encodeCall, encodeSignedCall, decodeSignedCall, signingBytes, callCid } from './codec.ts'
export { signCall, verifySignature, addressOf, publicKeyOfAddress } from './sign.ts'
export { ed25519KeyObject } from './keys.ts'
export { checkNonce, NonceBook } from './nonce.ts'
export { CallError, type CallErrorCode } from './errors.ts'
export {
  CALL_FORMAT, CALL_SIGNING_DOMAIN, MAX_CALL_BYTES, MAX_ARGS, MAX_ARG_BYTES, MAX_NONCE, MAX_GAS,
  checkCall, checkArgument, checkLand, checkService, ED25519_SIGNATURE_BYTES, ED25519_PUBLIC_KEY_BYTES,
  type Call, type SignedCall
} from './layout.ts'

export interface VerifiedCall {
  signed: SignedCall
  /** the caller's address (peer id of its key) */
  address: string
  /** the CID of the signed call's block */
  cid: CID
}

/**
 * Decodes and admits a signed call for `land`: throws CallError (ERR_CALL_TOO_LARGE,
 * ERR_CALL_MALFORMED, ERR_CALL_NOT_CANONICAL, ERR_CALL_BAD_ARGUMENT, ERR_CALL_WRONG_LAND,
 * ERR_CALL_BAD_SIGNATURE, ERR_CALL_NONCE), cheapest checks first. `lastNonce` is the caller's last
 * accepted nonce on the land (undefined if none); the caller records the new one on success.
 */
export async function verifyCall (bytes: Uint8Array, opts: { land: string, lastNonce: number | undefined | ((address: string) => number | undefined) }): Promise<VerifiedCall> {
  const signed = decodeSignedCall(bytes)
  if (signed.call.land !== opts.land) {
    throw new CallError('ERR_CALL_WRONG_LAND', `the call is for land ${signed.call.land}, not ${opts.land}`)
  }
  await verifySignature(signed)
  const address = addressOf(signed.call.caller)
  const last = typeof opts.lastNonce === 'function' ? opts.lastNonce(address) : opts.lastNonce
  checkNonce(last, signed.call.nonce, address)
  return { signed, address, cid: await callCid(bytes) }
}
