/**
 * The transactions a land orders (protocols/lands.md, "Transactions"): calls (protocols/calls.md,
 * delegated to store/calls), pushes and forks, each a canonical dag-cbor block `{tx, sig}` signed
 * by its sender over `"<format> signature\n" || dag-cbor(tx)` and named by its CID.
 */
import * as dagCbor from '@ipld/dag-cbor'
import { publicKeyFromRaw } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import {
  addressOf, callCid, checkLand, checkService, decodeSignedCall, encodeSignedCall, verifySignature,
  CallError, ED25519_PUBLIC_KEY_BYTES, ED25519_SIGNATURE_BYTES, MAX_CALL_BYTES, type SignedCall
} from '../calls/index.ts'
import { LandError } from './errors.ts'
import { TX_CODES, cborCid, decodeStrict, expectBytes, expectInt, expectMap, expectString, prefixed } from './cbor.ts'
import { parseFiles } from './genesis.ts'
import type { GenesisFile, LandTx } from './types.ts'

export const PUSH_TX_FORMAT = 'amigo/push-tx/1'
export const FORK_TX_FORMAT = 'amigo/fork-tx/1'
export const MAX_PUSH_TX_BYTES = 1024 * 1024
export const MAX_FORK_TX_BYTES = 4 * 1024
/** The largest tx of any kind: what a node reads before it knows the kind. */
export const MAX_TX_BYTES = MAX_PUSH_TX_BYTES
/** Admission window: a tx's nonce is at most this far above its sender's last final nonce. */
export const NONCE_WINDOW = 1000

const VERSION = /^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/
const M = 'ERR_LAND_TX_MALFORMED'

export interface PushTx { land: string, deployer: Uint8Array, nonce: number, path: string, files: GenesisFile[], version?: string, gas: number }
export interface ForkTx { land: string, caller: Uint8Array, nonce: number, src: string, dst: string, at?: number, gas: number }
export interface SignedPushTx { push: PushTx, sig: Uint8Array }
export interface SignedForkTx { fork: ForkTx, sig: Uint8Array }
export type SignedLandTx = SignedCall | SignedPushTx | SignedForkTx

export interface DecodedLandTx {
  tx: LandTx
  /** the sender's address (peer id of its key) */
  signer: string
  land: string
  bytes: Uint8Array
}

function asLand<T> (f: () => T): T {
  try {
    return f()
  } catch (e) {
    if (e instanceof CallError) throw new LandError(M, e.message, { cause: e })
    throw e
  }
}

function pushData (t: PushTx): Record<string, unknown> {
  asLand(() => { checkLand(t.land); checkService(t.path, t.land) })
  expectBytes(t.deployer, 'deployer', M, ED25519_PUBLIC_KEY_BYTES)
  const files = parseFiles(t.files, 'files', M)
  if (t.version !== undefined && (typeof t.version !== 'string' || !VERSION.test(t.version))) throw new LandError(M, 'version must be vMAJOR.MINOR.PATCH')
  const d: Record<string, unknown> = {
    format: PUSH_TX_FORMAT, land: t.land, deployer: t.deployer, nonce: expectInt(t.nonce, 'nonce', M, 1), path: t.path, files, gas: expectInt(t.gas, 'gas', M, 1)
  }
  if (t.version !== undefined) d.version = t.version
  return d
}

function forkData (t: ForkTx): Record<string, unknown> {
  asLand(() => { checkLand(t.land); checkService(t.src, t.land); checkService(t.dst, t.land) })
  if (t.src === t.dst) throw new LandError(M, 'a fork needs dst different from src')
  expectBytes(t.caller, 'caller', M, ED25519_PUBLIC_KEY_BYTES)
  const d: Record<string, unknown> = {
    format: FORK_TX_FORMAT, land: t.land, caller: t.caller, nonce: expectInt(t.nonce, 'nonce', M, 1), src: t.src, dst: t.dst, gas: expectInt(t.gas, 'gas', M, 1)
  }
  if (t.at !== undefined) d.at = expectInt(t.at, 'at', M)
  return d
}

function signingBytes (data: Record<string, unknown>): Uint8Array {
  return prefixed(`${String(data.format)} signature\n`, dagCbor.encode(data))
}

async function sign (data: Record<string, unknown>, key: PrivateKey): Promise<Uint8Array> {
  if (key.type !== 'Ed25519') throw new LandError(M, `txs are signed with Ed25519 keys, not ${key.type}`)
  return key.sign(signingBytes(data))
}

/** Signs a push tx; `deployer` is the key's public key. */
export async function signPushTx (fields: Omit<PushTx, 'deployer'>, key: PrivateKey): Promise<SignedPushTx> {
  const push: PushTx = { ...fields, deployer: key.publicKey.raw }
  return { push, sig: await sign(pushData(push), key) }
}

/** Signs a fork tx; `caller` is the key's public key. */
export async function signForkTx (fields: Omit<ForkTx, 'caller'>, key: PrivateKey): Promise<SignedForkTx> {
  const fork: ForkTx = { ...fields, caller: key.publicKey.raw }
  return { fork, sig: await sign(forkData(fork), key) }
}

/** The bytes of a signed tx of any kind (the block gossip carries and blocks list by CID). */
export function encodeLandTx (s: SignedLandTx): Uint8Array {
  if ('call' in s) return encodeSignedCall(s)
  const data = 'push' in s ? pushData(s.push) : forkData(s.fork)
  expectBytes(s.sig, 'sig', M, ED25519_SIGNATURE_BYTES)
  const bytes = dagCbor.encode({ tx: data, sig: s.sig })
  const max = 'push' in s ? MAX_PUSH_TX_BYTES : MAX_FORK_TX_BYTES
  if (bytes.length > max) throw new LandError('ERR_LAND_TX_TOO_LARGE', `the tx has ${bytes.length} bytes, more than ${max}`)
  return bytes
}

/** A canonical signed call starts with the key `sig` (3 bytes), a push/fork with `tx` (2 bytes). */
function isCallBlock (bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0xa2 && bytes[1] === 0x63
}

/**
 * Decodes and verifies a signed tx: size first, strict canonical dag-cbor, shape, land (when given),
 * signature. A call keeps its store/calls codes (CallError ERR_CALL_*); a push or fork fails with a
 * LandError (ERR_LAND_TX_*, ERR_LAND_WRONG_LAND, ERR_LAND_BAD_SIGNATURE). Nonces are not checked.
 */
export async function decodeLandTx (bytes: Uint8Array, opts: { land?: string } = {}): Promise<DecodedLandTx> {
  if (isCallBlock(bytes)) {
    if (bytes.length > MAX_CALL_BYTES) throw new CallError('ERR_CALL_TOO_LARGE', `the signed call has ${bytes.length} bytes, more than ${MAX_CALL_BYTES}`)
    const s = decodeSignedCall(bytes)
    if (opts.land !== undefined && s.call.land !== opts.land) throw new CallError('ERR_CALL_WRONG_LAND', `the call is for land ${s.call.land}, not ${opts.land}`)
    await verifySignature(s)
    const c = s.call
    const signer = addressOf(c.caller)
    return { tx: { kind: 'call', cid: await callCid(bytes), caller: signer, nonce: c.nonce, service: c.service, func: c.func, args: c.args, gas: c.gas }, signer, land: c.land, bytes }
  }
  const v = expectMap(decodeStrict(bytes, MAX_TX_BYTES, 'the tx', TX_CODES), ['tx', 'sig'], [], 'a signed tx', M)
  const t = expectMap(v.tx, ['format', 'land', 'nonce', 'gas'], ['deployer', 'caller', 'path', 'files', 'version', 'src', 'dst', 'at'], 'tx', M)
  const sig = expectBytes(v.sig, 'sig', M, ED25519_SIGNATURE_BYTES)
  let data: Record<string, unknown>
  let key: Uint8Array
  let tx: LandTx
  const cid = await cborCid(bytes)
  if (t.format === PUSH_TX_FORMAT) {
    if (bytes.length > MAX_PUSH_TX_BYTES) throw new LandError('ERR_LAND_TX_TOO_LARGE', `the push tx has ${bytes.length} bytes, more than ${MAX_PUSH_TX_BYTES}`)
    expectMap(t, ['format', 'land', 'deployer', 'nonce', 'path', 'files', 'gas'], ['version'], 'a push tx', M)
    const p = { land: expectString(t.land, 'land', M), deployer: t.deployer as Uint8Array, nonce: t.nonce as number, path: expectString(t.path, 'path', M), files: t.files as GenesisFile[], gas: t.gas as number, ...(t.version !== undefined ? { version: t.version as string } : {}) }
    data = pushData(p)
    key = p.deployer
    tx = { kind: 'push', cid, deployer: addressOf(key), nonce: p.nonce, path: p.path, files: p.files, ...(p.version !== undefined ? { version: p.version } : {}), gas: p.gas }
  } else if (t.format === FORK_TX_FORMAT) {
    if (bytes.length > MAX_FORK_TX_BYTES) throw new LandError('ERR_LAND_TX_TOO_LARGE', `the fork tx has ${bytes.length} bytes, more than ${MAX_FORK_TX_BYTES}`)
    expectMap(t, ['format', 'land', 'caller', 'nonce', 'src', 'dst', 'gas'], ['at'], 'a fork tx', M)
    const f = { land: expectString(t.land, 'land', M), caller: t.caller as Uint8Array, nonce: t.nonce as number, src: expectString(t.src, 'src', M), dst: expectString(t.dst, 'dst', M), gas: t.gas as number, ...(t.at !== undefined ? { at: t.at as number } : {}) }
    data = forkData(f)
    key = f.caller
    tx = { kind: 'fork', cid, caller: addressOf(key), nonce: f.nonce, src: f.src, dst: f.dst, ...(f.at !== undefined ? { at: f.at } : {}), gas: f.gas }
  } else {
    throw new LandError(M, `format ${JSON.stringify(t.format)} is not a land tx format (${PUSH_TX_FORMAT}, ${FORK_TX_FORMAT})`)
  }
  const land = data.land as string
  if (opts.land !== undefined && land !== opts.land) throw new LandError('ERR_LAND_WRONG_LAND', `the tx is for land ${land}, not ${opts.land}`)
  let ok = false
  try { ok = await publicKeyFromRaw(key).verify(signingBytes(data), sig) } catch { ok = false }
  if (!ok) throw new LandError('ERR_LAND_BAD_SIGNATURE', `the signature does not match the tx and its sender ${addressOf(key)}`)
  return { tx, signer: addressOf(key), land, bytes }
}

/** The sender's address and nonce of a decoded tx, whatever its kind. */
export function txSender (tx: LandTx): { address: string, nonce: number } {
  return { address: tx.kind === 'push' ? tx.deployer : tx.caller, nonce: tx.nonce }
}
