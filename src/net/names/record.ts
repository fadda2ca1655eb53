// Signed name records: format, signing, validation and selection. The rules are specified in
// protocols/names.md; this file is their implementation and must stay in step with it.
import * as dagCbor from '@ipld/dag-cbor'
import { publicKeyFromProtobuf, publicKeyToProtobuf } from '@libp2p/crypto/keys'
import type { PeerId, PrivateKey, PublicKey } from '@libp2p/interface'
import { peerIdFromPublicKey, peerIdFromString } from '@libp2p/peer-id'
import { CID } from 'multiformats/cid'
import { parseCid } from '../../store/index.ts'
import {
  BadNameError, RecordBadSignatureError, RecordExpiredError, RecordInvalidError, RecordTooLargeError, RecordWrongKeyError
} from '../errors.ts'

/** DHT key namespace: every name key starts with `/amigo/`, so kad-dht routes it to our validator and selector. */
export const NAME_NAMESPACE = 'amigo'
/** Largest encoded record accepted, in bytes. */
export const NAME_RECORD_MAX_SIZE = 4096
/** Record format version. */
export const NAME_RECORD_VERSION = 1
/** Prepended to the dag-cbor payload before signing, so a name signature can never be replayed as another kind of signature. */
export const NAME_SIGNATURE_PREFIX = new TextEncoder().encode('/amigo/name-record/v1\n')
const MAX_NAME_BYTES = 255
const SEGMENT = /^[A-Za-z0-9._~@+-]+$/
const FIELDS = new Set(['v', 'name', 'value', 'seq', 'validity', 'ttl', 'pub', 'ext', 'sig'])

export interface NameRecord {
  v: 1
  name: string
  value: CID
  seq: number
  /** expiry, in milliseconds since the Unix epoch */
  validity: number
  /** how long resolvers may cache the record, in milliseconds */
  ttl: number
  /** the publisher's public key, protobuf-encoded (libp2p key format); Ed25519 only */
  pub: Uint8Array
  /** extra signed fields (reserved for `*.land` paths: service heads, providers, …) */
  ext?: Record<string, unknown>
  sig: Uint8Array
}

export interface NameRecordInit {
  name: string
  value: CID
  seq: number
  validity: number
  ttl: number
  ext?: Record<string, unknown>
}

/** Check a name against the name rules; returns it unchanged. */
export function checkName (name: string): string {
  if (typeof name !== 'string' || name.length === 0) throw new BadNameError('name is empty')
  if (new TextEncoder().encode(name).byteLength > MAX_NAME_BYTES) throw new BadNameError(`name is longer than ${MAX_NAME_BYTES} bytes`)
  for (const seg of name.split('/')) {
    if (seg === '' || seg === '.' || seg === '..' || !SEGMENT.test(seg)) {
      throw new BadNameError(`bad name ${JSON.stringify(name)}: segments are non-empty runs of A-Z a-z 0-9 . _ ~ @ + - separated by /`)
    }
  }
  return name
}

/** The publisher as a PeerId, from a PeerId, a public key or a peer id string. */
export function publisherId (publisher: PeerId | PublicKey | string): PeerId {
  if (typeof publisher === 'string') {
    try { return peerIdFromString(publisher) } catch (err: any) { throw new BadNameError(`bad publisher peer id ${JSON.stringify(publisher)}: ${String(err?.message ?? err)}`) }
  }
  if ('toMultihash' in publisher && 'type' in publisher && 'raw' in publisher && !('toCID' in publisher)) {
    return peerIdFromPublicKey(publisher as PublicKey)
  }
  return publisher as PeerId
}

/** The DHT key of `name` under `publisher`: UTF-8 of `/amigo/name/<peer id, base58btc>/<name>`. */
export function nameKey (publisher: PeerId | PublicKey | string, name: string): Uint8Array {
  return new TextEncoder().encode(`/${NAME_NAMESPACE}/name/${publisherId(publisher).toString()}/${checkName(name)}`)
}

/** Split a DHT key into publisher and name (RecordWrongKeyError if it is not a name key). */
export function parseNameKey (key: Uint8Array): { publisher: string, name: string } {
  const text = new TextDecoder().decode(key)
  const m = /^\/amigo\/name\/([^/]+)\/(.+)$/s.exec(text)
  if (m == null) throw new RecordWrongKeyError(`not a name key: ${JSON.stringify(text.slice(0, 100))}`)
  return { publisher: m[1], name: m[2] }
}

function payloadOf (r: Omit<NameRecord, 'sig'>): Uint8Array {
  const unsigned: Record<string, unknown> = { v: r.v, name: r.name, value: r.value, seq: r.seq, validity: r.validity, ttl: r.ttl, pub: r.pub }
  if (r.ext != null) unsigned.ext = r.ext
  const body = dagCbor.encode(unsigned)
  const out = new Uint8Array(NAME_SIGNATURE_PREFIX.byteLength + body.byteLength)
  out.set(NAME_SIGNATURE_PREFIX, 0)
  out.set(body, NAME_SIGNATURE_PREFIX.byteLength)
  return out
}

/** Sign a new record with the publisher's Ed25519 key. */
export async function createNameRecord (key: PrivateKey, init: NameRecordInit): Promise<NameRecord> {
  if (key.type !== 'Ed25519') throw new RecordInvalidError('name records are signed with Ed25519 keys only')
  checkName(init.name)
  checkUint('seq', init.seq)
  checkUint('validity', init.validity)
  checkUint('ttl', init.ttl)
  const ext = init.ext != null && Object.keys(init.ext).length > 0 ? init.ext : undefined
  const unsigned: Omit<NameRecord, 'sig'> = {
    v: NAME_RECORD_VERSION,
    name: init.name,
    value: parseCid(init.value),
    seq: init.seq,
    validity: init.validity,
    ttl: init.ttl,
    pub: publicKeyToProtobuf(key.publicKey),
    ...(ext != null ? { ext } : {})
  }
  const sig = await key.sign(payloadOf(unsigned))
  const record: NameRecord = { ...unsigned, sig }
  const size = encodeNameRecord(record).byteLength
  if (size > NAME_RECORD_MAX_SIZE) throw new RecordTooLargeError(`record is ${size} bytes; the limit is ${NAME_RECORD_MAX_SIZE}`)
  return record
}

export function encodeNameRecord (record: NameRecord): Uint8Array {
  return dagCbor.encode(record)
}

/** Decode and check the shape of a record (no signature or time check: see validateNameRecord). */
export function decodeNameRecord (bytes: Uint8Array): NameRecord {
  if (bytes.byteLength > NAME_RECORD_MAX_SIZE) throw new RecordTooLargeError(`record is ${bytes.byteLength} bytes; the limit is ${NAME_RECORD_MAX_SIZE}`)
  let r: any
  try { r = dagCbor.decode(bytes) } catch (err: any) { throw new RecordInvalidError(`record is not dag-cbor: ${String(err?.message ?? err)}`) }
  if (r == null || typeof r !== 'object' || Array.isArray(r)) throw new RecordInvalidError('record is not a map')
  for (const k of Object.keys(r)) if (!FIELDS.has(k)) throw new RecordInvalidError(`record has unknown field ${JSON.stringify(k)} (extra data goes under "ext")`)
  if (r.v !== NAME_RECORD_VERSION) throw new RecordInvalidError(`unsupported record version ${String(r.v)}`)
  if (typeof r.name !== 'string') throw new RecordInvalidError('record name is not a string')
  try { checkName(r.name) } catch (err: any) { throw new RecordInvalidError(err.message) }
  if (CID.asCID(r.value) == null) throw new RecordInvalidError('record value is not a CID link')
  try { parseCid(r.value) } catch (err: any) { throw new RecordInvalidError(`record value: ${String(err.message)}`) }
  for (const f of ['seq', 'validity', 'ttl']) {
    try { checkUint(f, r[f]) } catch (err: any) { throw new RecordInvalidError(err.message) }
  }
  if (!(r.pub instanceof Uint8Array)) throw new RecordInvalidError('record pub is not bytes')
  if (!(r.sig instanceof Uint8Array)) throw new RecordInvalidError('record sig is not bytes')
  if (r.ext !== undefined && (r.ext == null || typeof r.ext !== 'object' || Array.isArray(r.ext) || CID.asCID(r.ext) != null || r.ext instanceof Uint8Array)) {
    throw new RecordInvalidError('record ext is not a map')
  }
  return r as NameRecord
}

/**
 * Validate record bytes found under DHT `key` at time `now` (ms): size, shape, key binding,
 * signature, expiry. Throws the matching Record*Error; returns the decoded record.
 */
export async function validateNameRecord (key: Uint8Array, bytes: Uint8Array, now = Date.now()): Promise<NameRecord> {
  const r = decodeNameRecord(bytes)
  let pub: PublicKey
  try { pub = publicKeyFromProtobuf(r.pub) } catch (err: any) { throw new RecordInvalidError(`record pub is not a public key: ${String(err?.message ?? err)}`) }
  if (pub.type !== 'Ed25519') throw new RecordInvalidError(`record key type ${pub.type} is not Ed25519`)
  const { publisher, name } = parseNameKey(key)
  const expected = peerIdFromPublicKey(pub).toString()
  if (publisher !== expected || name !== r.name) {
    throw new RecordWrongKeyError(`record for ${expected}/${r.name} stored under ${publisher}/${name}`)
  }
  // a signature of the wrong length makes the key's verify throw a TypeError: it is just a bad signature
  let ok = false
  try { ok = await pub.verify(payloadOf(r), r.sig) } catch { ok = false }
  if (!ok) throw new RecordBadSignatureError(`record signature for ${expected}/${r.name} does not verify`)
  if (r.validity <= now) throw new RecordExpiredError(`record for ${expected}/${r.name} expired at ${new Date(r.validity).toISOString()}`)
  return r
}

/**
 * Order two decoded records: > 0 if `a` is better. Higher seq wins; then later validity; then the
 * lexicographically smaller encoding (so every node picks the same one).
 */
export function compareNameRecords (a: NameRecord, aBytes: Uint8Array, b: NameRecord, bBytes: Uint8Array): number {
  if (a.seq !== b.seq) return a.seq > b.seq ? 1 : -1
  if (a.validity !== b.validity) return a.validity > b.validity ? 1 : -1
  return compareBytes(bBytes, aBytes)
}

/** kad-dht selector: the index of the best record; records that do not decode rank last. */
export function selectNameRecord (_key: Uint8Array, records: Uint8Array[]): number {
  let best = -1
  let bestRecord: NameRecord | undefined
  for (let i = 0; i < records.length; i++) {
    let r: NameRecord
    try { r = decodeNameRecord(records[i]) } catch { continue }
    if (bestRecord == null || compareNameRecords(r, records[i], bestRecord, records[best]) > 0) {
      best = i
      bestRecord = r
    }
  }
  return best < 0 ? 0 : best
}

function checkUint (field: string, v: unknown): void {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new RecordInvalidError(`record ${field} is not a non-negative integer`)
}

function compareBytes (a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.byteLength, b.byteLength)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return a.byteLength - b.byteLength
}
