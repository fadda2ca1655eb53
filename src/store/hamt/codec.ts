/**
 * Block encoding for the chunked structures: dag-cbor, CIDv1, sha2-256; and verified loading.
 */
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import * as Digest from 'multiformats/hashes/digest'
import type { BlockStore } from './block-store.ts'
import { HashMismatchError, InvalidNodeError } from './errors.ts'

export const DAG_CBOR = dagCbor.code
export const SHA2_256 = sha256.code

/**
 * sha2-256 of `bytes`. Synchronous on Node (a plain `Uint8Array`); a browser hasher returns a
 * promise, so callers `await` whatever comes back.
 */
export function sha256Bytes (bytes: Uint8Array): Uint8Array | Promise<Uint8Array> {
  return sha256.encode(bytes)
}

export interface EncodedBlock {
  cid: CID
  bytes: Uint8Array
}

/** Encodes `value` as dag-cbor and names it by its CIDv1 (sha2-256). */
export async function encodeBlock (value: unknown): Promise<EncodedBlock> {
  const bytes = dagCbor.encode(value)
  const digest = Digest.create(SHA2_256, await sha256Bytes(bytes))
  return { cid: CID.createV1(DAG_CBOR, digest), bytes }
}

/** Checks that `bytes` hash to `cid` (sha2-256 only). Throws `HashMismatchError` otherwise. */
export async function verifyBlock (cid: CID, bytes: Uint8Array): Promise<void> {
  if (cid.multihash.code !== SHA2_256) {
    throw new InvalidNodeError(cid.toString(), `hash function 0x${cid.multihash.code.toString(16)} is not sha2-256`)
  }
  const digest = await sha256Bytes(bytes)
  const want = cid.multihash.digest
  if (digest.byteLength !== want.byteLength) throw new HashMismatchError(cid.toString())
  for (let i = 0; i < digest.byteLength; i++) {
    if (digest[i] !== want[i]) throw new HashMismatchError(cid.toString())
  }
}

/** Reads a dag-cbor block, verifies its hash and decodes it. */
export async function loadBlock (store: BlockStore, cid: CID): Promise<unknown> {
  if (cid.code !== DAG_CBOR) throw new InvalidNodeError(cid.toString(), 'not a dag-cbor block')
  const bytes = await store.get(cid)
  await verifyBlock(cid, bytes)
  try {
    return dagCbor.decode(bytes)
  } catch (err) {
    throw new InvalidNodeError(cid.toString(), `not valid dag-cbor: ${(err as Error).message}`)
  }
}

/** Byte-wise lexicographic order (shorter first on a common prefix): the order of bucket keys. */
export function compareBytes (a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.byteLength, b.byteLength)
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] - b[i]
  }
  return a.byteLength - b.byteLength
}

/** A small LRU of decoded nodes by CID string, shared by every version of one structure. */
export class NodeCache<T> {
  private readonly map = new Map<string, T>()
  constructor (readonly max: number) {}

  get (key: string): T | undefined {
    const v = this.map.get(key)
    if (v !== undefined) {
      this.map.delete(key)
      this.map.set(key, v)
    }
    return v
  }

  set (key: string, value: T): void {
    if (this.max <= 0) return
    this.map.delete(key)
    this.map.set(key, value)
    if (this.map.size > this.max) {
      const oldest = this.map.keys().next().value as string
      this.map.delete(oldest)
    }
  }

  clear (): void { this.map.clear() }
}

/** Writes blocks with bounded concurrency (LevelDB is much faster with a few puts in flight). */
export class BlockWriter {
  private pending: Array<Promise<void>> = []
  constructor (private readonly store: BlockStore, private readonly inFlight: number) {}

  async put (cid: CID, bytes: Uint8Array): Promise<void> {
    this.pending.push(this.store.put(cid, bytes))
    if (this.pending.length >= this.inFlight) await this.drain()
  }

  async drain (): Promise<void> {
    const p = this.pending
    this.pending = []
    await Promise.all(p)
  }
}
