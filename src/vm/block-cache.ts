/**
 * Decoded blocks in memory, read synchronously while Go code runs. Go code cannot wait for I/O,
 * so a read of a block that is not here throws `Miss`; the VM then loads what the miss names
 * (asynchronously, hash-checked) and runs the call again from its committed state. A call is
 * deterministic, so running it again gives the same result; only the final run's gas counts.
 */
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { equals } from 'multiformats/bytes'
import { sha256 } from 'multiformats/hashes/sha2'
import type { VMStorage } from './types.ts'
import { VMError } from './errors.ts'

export class Miss {
  /** `subtree`: load every block reachable from `cid` (a range over a whole map needs them all) */
  constructor (readonly cid: CID, readonly subtree = false) {}
}

/** bytes of blocks kept (compact), and decoded blocks kept (fast, but several times larger) */
const MAX_BYTES = 256 * 1024 * 1024
const MAX_DECODED = 8192

export class BlockCache {
  private readonly raw = new Map<string, Uint8Array>()
  private rawBytes = 0
  private readonly decoded = new Map<string, unknown>()
  constructor (private readonly blocks: VMStorage['blocks']) {}

  /** `read` as a function, for the store's synchronous HAMT reads */
  readonly reader = (cid: CID): unknown => this.read(cid)

  /** the decoded block, or throw Miss */
  read (cid: CID): unknown {
    const key = cid.toString()
    const v = this.decoded.get(key)
    if (v !== undefined) return v
    const bytes = this.raw.get(key)
    if (bytes === undefined) throw new Miss(cid)
    return this.keepDecoded(key, cid.code === dagCbor.code ? dagCbor.decode(bytes) : bytes)
  }

  has (cid: CID): boolean { const k = cid.toString(); return this.decoded.has(k) || this.raw.has(k) }

  async load (cid: CID): Promise<unknown> {
    const key = cid.toString()
    if (this.has(cid)) return this.read(cid)
    const bytes = await this.blocks.get(cid)
    if (!equals(sha256Sync(bytes), cid.multihash.digest)) throw new VMError('ERR_HASH_MISMATCH', `block ${key} does not match its hash`)
    this.keepRaw(key, bytes)
    return this.read(cid)
  }

  /** loads `cid` and every dag-cbor block it links to, recursively */
  async loadSubtree (cid: CID): Promise<void> {
    const todo = [cid]
    while (todo.length > 0) {
      const batch = todo.splice(0, 64)
      const values = await Promise.all(batch.map(async c => await this.load(c)))
      for (const v of values) collectLinks(v, todo)
    }
  }

  /**
   * loads every node of the HAMT at `root` (protocols/state.md §2), but not what its values link
   * to: the object table without the large maps its objects point at
   */
  async loadHamt (root: CID): Promise<void> {
    const r = await this.load(root) as { hamt: [Uint8Array, unknown[]] }
    let level = [r.hamt]
    while (level.length > 0) {
      const links: CID[] = []
      for (const node of level) for (const el of node[1]) { const c = CID.asCID(el); if (c !== null) links.push(c) }
      const next: Array<[Uint8Array, unknown[]]> = []
      for (let i = 0; i < links.length; i += 64) {
        next.push(...await Promise.all(links.slice(i, i + 64).map(async c => await this.load(c) as [Uint8Array, unknown[]])))
      }
      level = next
    }
  }

  async loadMiss (m: Miss): Promise<void> {
    if (m.subtree) await this.loadSubtree(m.cid)
    else await this.load(m.cid)
  }

  /** a block this process wrote */
  remember (cid: CID, bytes: Uint8Array): void {
    this.keepRaw(cid.toString(), bytes)
  }

  private keepRaw (key: string, bytes: Uint8Array): void {
    if (this.raw.has(key)) return
    this.raw.set(key, bytes)
    this.rawBytes += bytes.byteLength
    // drop the oldest blocks: Map iterates in insertion order
    for (const [k, b] of this.raw) {
      if (this.rawBytes <= MAX_BYTES) break
      this.raw.delete(k)
      this.decoded.delete(k)
      this.rawBytes -= b.byteLength
    }
  }

  private keepDecoded (key: string, v: unknown): unknown {
    if (this.decoded.size >= MAX_DECODED) {
      let n = MAX_DECODED / 4
      for (const k of this.decoded.keys()) { this.decoded.delete(k); if (--n === 0) break }
    }
    this.decoded.set(key, v)
    return v
  }
}

function collectLinks (v: unknown, out: CID[]): void {
  if (v === null || typeof v !== 'object') return
  const c = CID.asCID(v)
  if (c !== null) { if (c.code === dagCbor.code) out.push(c); return }
  if (v instanceof Uint8Array) return
  if (Array.isArray(v)) { for (const x of v) collectLinks(x, out); return }
  for (const x of Object.values(v)) collectLinks(x, out)
}

/** sha2-256, synchronously (Node's hasher is synchronous) */
export function sha256Sync (bytes: Uint8Array): Uint8Array {
  return sha256.encode(bytes) as Uint8Array
}
