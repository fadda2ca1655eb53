// Land records (land name → genesis CID, signed by a validator of that genesis) and head records
// (a land's final height, state root and finality certificate): format, signing, validation and
// selection, as protocols/heads.md specifies them.
import * as dagCbor from '@ipld/dag-cbor'
import type { PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { CID } from 'multiformats/cid'
import { checkLand } from '../../store/calls/index.ts'
import { LandError, parseAttestMsg, parseQC, type Certificate, type Genesis, type ValidatorSet } from '../../store/lands/index.ts'
import {
  BadNameError, RecordBadSignatureError, RecordExpiredError, RecordInvalidError, RecordTooLargeError, RecordWrongKeyError, RecordWrongLandError
} from '../errors.ts'

export const LAND_RECORD_MAX_SIZE = 4096
export const HEAD_RECORD_MAX_SIZE = 16384
export const LAND_KEY_PREFIX = '/amigo/land/'
export const HEAD_KEY_PREFIX = '/amigo/head/'
const LAND_SIGNATURE_DOMAIN = new TextEncoder().encode('amigo/land-record/1 signature\n')
const LAND_FIELDS = ['v', 'land', 'genesis', 'seq', 'validity', 'by', 'sig']
const HEAD_FIELDS = ['v', 'genesis', 'height', 'stateRoot', 'cert']

/** The genesis a record names, checked against its CID, with its validator set. */
export interface CheckedGenesis { genesis: Genesis, cid: CID, set: ValidatorSet }
/** Gets a genesis by CID (own lands, block store, bitswap); throws RecordUnknownGenesisError if it cannot. */
export type GenesisSource = (cid: CID) => Promise<CheckedGenesis>

export interface LandRecord { v: 1, land: string, genesis: CID, seq: number, validity: number, by: number, sig: Uint8Array }
export interface HeadRecord { v: 1, genesis: CID, height: number, stateRoot: CID, cert: Certificate }

export function landKey (land: string): Uint8Array {
  try { checkLand(land) } catch (e: any) { throw new BadNameError(`bad land name ${JSON.stringify(land)}: ${String(e?.message ?? e)}`) }
  return new TextEncoder().encode(LAND_KEY_PREFIX + land)
}

export function headKey (genesis: CID): Uint8Array {
  return new TextEncoder().encode(HEAD_KEY_PREFIX + genesis.toV1().toString())
}

function keyText (key: Uint8Array, prefix: string): string {
  const text = new TextDecoder().decode(key)
  if (!text.startsWith(prefix)) throw new RecordWrongKeyError(`not a ${prefix} key: ${JSON.stringify(text.slice(0, 100))}`)
  return text.slice(prefix.length)
}

function landSigningBytes (r: Omit<LandRecord, 'sig'>): Uint8Array {
  const body = dagCbor.encode({ v: r.v, land: r.land, genesis: r.genesis, seq: r.seq, validity: r.validity, by: r.by })
  const out = new Uint8Array(LAND_SIGNATURE_DOMAIN.byteLength + body.byteLength)
  out.set(LAND_SIGNATURE_DOMAIN, 0)
  out.set(body, LAND_SIGNATURE_DOMAIN.byteLength)
  return out
}

/** Signs a land record for `g` with the key of one of its validators. */
export async function createLandRecord (key: PrivateKey, g: { genesis: Genesis, cid: CID }, init: { seq: number, validity: number }): Promise<LandRecord> {
  const by = g.genesis.validators.indexOf(peerIdFromPrivateKey(key).toString())
  if (by < 0) throw new LandError('ERR_LAND_NOT_VALIDATOR', `this node is not a validator of ${g.genesis.land}`)
  const unsigned = { v: 1 as const, land: g.genesis.land, genesis: g.cid.toV1(), seq: init.seq, validity: init.validity, by }
  return { ...unsigned, sig: await key.sign(landSigningBytes(unsigned)) }
}

export function encodeLandRecord (r: LandRecord): Uint8Array { return dagCbor.encode(r) }
export function encodeHeadRecord (r: HeadRecord): Uint8Array { return dagCbor.encode(r) }

function decodeMap (bytes: Uint8Array, max: number, fields: string[], what: string): Record<string, unknown> {
  if (bytes.byteLength > max) throw new RecordTooLargeError(`${what} is ${bytes.byteLength} bytes; the limit is ${max}`)
  let r: any
  try { r = dagCbor.decode(bytes) } catch (e: any) { throw new RecordInvalidError(`${what} is not dag-cbor: ${String(e?.message ?? e)}`) }
  if (r == null || typeof r !== 'object' || Array.isArray(r) || CID.asCID(r) != null || r instanceof Uint8Array) throw new RecordInvalidError(`${what} is not a map`)
  for (const k of Object.keys(r)) if (!fields.includes(k)) throw new RecordInvalidError(`${what} has unknown field ${JSON.stringify(k)}`)
  for (const k of fields) if (r[k] === undefined) throw new RecordInvalidError(`${what} has no field ${JSON.stringify(k)}`)
  if (r.v !== 1) throw new RecordInvalidError(`unsupported ${what} version ${String(r.v)}`)
  return r
}

function uint (v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new RecordInvalidError(`${what} is not a non-negative integer`)
  return v
}

function link (v: unknown, what: string): CID {
  const c = CID.asCID(v)
  if (c == null) throw new RecordInvalidError(`${what} is not a CID link`)
  return c
}

/** Decodes a land record and checks its shape (no signature or genesis check: see validateLandRecord). */
export function decodeLandRecord (bytes: Uint8Array): LandRecord {
  const r = decodeMap(bytes, LAND_RECORD_MAX_SIZE, LAND_FIELDS, 'land record')
  if (typeof r.land !== 'string') throw new RecordInvalidError('land record land is not a string')
  if (!(r.sig instanceof Uint8Array)) throw new RecordInvalidError('land record sig is not bytes')
  const genesis = link(r.genesis, 'land record genesis')
  const seq = uint(r.seq, 'land record seq')
  const validity = uint(r.validity, 'land record validity')
  return { v: 1, land: r.land, genesis, seq, validity, by: uint(r.by, 'land record by'), sig: r.sig }
}

/** Decodes a head record and checks its shape, including the certificate's (see validateHeadRecord). */
export function decodeHeadRecord (bytes: Uint8Array): HeadRecord {
  const r = decodeMap(bytes, HEAD_RECORD_MAX_SIZE, HEAD_FIELDS, 'head record')
  return {
    v: 1,
    genesis: link(r.genesis, 'head record genesis'),
    height: uint(r.height, 'head record height'),
    stateRoot: link(r.stateRoot, 'head record stateRoot'),
    cert: parseQC(r.cert, parseAttestMsg)
  }
}

/** Validates land record bytes found under `key` (protocols/heads.md §3); returns the record and its genesis. */
export async function validateLandRecord (key: Uint8Array, bytes: Uint8Array, genesisOf: GenesisSource, now = Date.now()): Promise<{ record: LandRecord, genesis: CheckedGenesis }> {
  const r = decodeLandRecord(bytes)
  const land = keyText(key, LAND_KEY_PREFIX)
  if (r.land !== land) throw new RecordWrongKeyError(`land record for ${r.land} stored under ${land}`)
  const g = await genesisOf(r.genesis)
  if (g.genesis.land !== r.land) throw new RecordWrongLandError(`land record for ${r.land} names the genesis of ${g.genesis.land}`)
  if (r.by >= g.set.n) throw new LandError('ERR_LAND_NOT_VALIDATOR', `land record signer ${r.by} is not a validator of ${r.land} (there are ${g.set.n})`)
  const signer = peerIdFromString(g.set.addresses[r.by])
  if (signer.publicKey == null || !await signer.publicKey.verify(landSigningBytes(r), r.sig)) {
    throw new RecordBadSignatureError(`land record signature of validator ${r.by} (${signer.toString()}) for ${r.land} does not verify`)
  }
  if (r.validity <= now) throw new RecordExpiredError(`land record for ${r.land} expired at ${new Date(r.validity).toISOString()}`)
  return { record: r, genesis: g }
}

/** Validates head record bytes found under `key` (protocols/heads.md §4); returns the record and its genesis. */
export async function validateHeadRecord (key: Uint8Array, bytes: Uint8Array, genesisOf: GenesisSource): Promise<{ record: HeadRecord, genesis: CheckedGenesis }> {
  const r = decodeHeadRecord(bytes)
  const keyed = keyText(key, HEAD_KEY_PREFIX)
  if (keyed !== r.genesis.toV1().toString()) throw new RecordWrongKeyError(`head record of ${r.genesis.toString()} stored under ${keyed}`)
  const m = r.cert.msg
  if (!sameCid(m.genesis, r.genesis)) throw new RecordWrongLandError(`head record of ${r.genesis.toString()} carries a certificate of ${m.genesis.toString()}`)
  if (m.height !== r.height || !sameCid(m.stateRoot, r.stateRoot)) {
    throw new RecordInvalidError(`head record says height ${r.height} root ${r.stateRoot.toString()}; its certificate, height ${m.height} root ${m.stateRoot.toString()}`)
  }
  const g = await genesisOf(r.genesis)
  await g.set.verifyQC(r.cert)
  return { record: r, genesis: g }
}

/** A head record for a final height's certificate. */
export function headRecordOf (cert: Certificate): HeadRecord {
  return { v: 1, genesis: cert.msg.genesis, height: cert.msg.height, stateRoot: cert.msg.stateRoot, cert }
}

/** > 0 if head `a` is better: higher height, then the smaller encoding. */
export function compareHeadRecords (a: HeadRecord, aBytes: Uint8Array, b: HeadRecord, bBytes: Uint8Array): number {
  if (a.height !== b.height) return a.height > b.height ? 1 : -1
  return compareBytes(bBytes, aBytes)
}

/**
 * > 0 if land record `a` is better. Same genesis: higher seq, then later validity. Different
 * geneses: the earlier genesis time, then the smaller genesis CID (a stable rule, not a defence
 * against squatting: protocols/heads.md §3). `timeOf` gives a genesis' timeMs (undefined: unknown,
 * ranks last).
 */
export function compareLandRecords (a: LandRecord, aBytes: Uint8Array, b: LandRecord, bBytes: Uint8Array, timeOf: (cid: CID) => number | undefined): number {
  if (sameCid(a.genesis, b.genesis)) {
    if (a.seq !== b.seq) return a.seq > b.seq ? 1 : -1
    if (a.validity !== b.validity) return a.validity > b.validity ? 1 : -1
    return compareBytes(bBytes, aBytes)
  }
  const ta = timeOf(a.genesis) ?? Infinity
  const tb = timeOf(b.genesis) ?? Infinity
  if (ta !== tb) return ta < tb ? 1 : -1
  return compareBytes(b.genesis.bytes, a.genesis.bytes)
}

function sameCid (a: CID, b: CID): boolean {
  return a.toV1().toString() === b.toV1().toString()
}

export function compareBytes (a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.byteLength, b.byteLength)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return a.byteLength - b.byteLength
}
