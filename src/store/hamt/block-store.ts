/**
 * The narrow storage interface that the HAMT and the list need, and its implementations:
 * an in-memory map (tests, scratch work), an adapter for blockstore-level / Helia's
 * `Blockstore` (whose `get` yields chunks), and a counting wrapper that measures reads and writes.
 */
import type { CID } from 'multiformats/cid'
import { BlockNotFoundError } from './errors.ts'

/** Where blocks live. `get` rejects when the block is missing; callers verify hashes. */
export interface BlockStore {
  get (cid: CID): Promise<Uint8Array>
  put (cid: CID, bytes: Uint8Array): Promise<void>
}

/** Blocks in a `Map`, keyed by the CID's string form. */
export class MemoryBlockStore implements BlockStore {
  readonly blocks = new Map<string, Uint8Array>()

  async get (cid: CID): Promise<Uint8Array> {
    const bytes = this.blocks.get(cid.toString())
    if (bytes === undefined) throw new BlockNotFoundError(cid.toString())
    return bytes
  }

  async put (cid: CID, bytes: Uint8Array): Promise<void> {
    this.blocks.set(cid.toString(), bytes)
  }
}

/** The part of interface-blockstore's `Blockstore` (blockstore-level, Helia) that we use. */
export interface ChunkedBlockstore {
  get (cid: CID): Iterable<Uint8Array> | AsyncIterable<Uint8Array>
  put (cid: CID, bytes: Uint8Array): Promise<unknown>
}

/**
 * Adapts a blockstore whose `get` yields the block in chunks (blockstore-level 4, Helia 7)
 * to `BlockStore`. A missing block becomes `BlockNotFoundError`; other store errors pass through.
 */
export function chunkedBlockStore (inner: ChunkedBlockstore): BlockStore {
  return {
    async get (cid) {
      const chunks: Uint8Array[] = []
      let total = 0
      try {
        for await (const chunk of inner.get(cid)) {
          chunks.push(chunk)
          total += chunk.byteLength
        }
      } catch (err) {
        // interface-store's NotFoundError; anything else (a closed or broken store) passes through
        if ((err as Error)?.name === 'NotFoundError') throw new BlockNotFoundError(cid.toString(), err)
        throw err
      }
      if (chunks.length === 1) return chunks[0]
      const out = new Uint8Array(total)
      let at = 0
      for (const c of chunks) { out.set(c, at); at += c.byteLength }
      return out
    },
    async put (cid, bytes) {
      await inner.put(cid, bytes)
    }
  }
}

/** Counters of a `CountingBlockStore`. */
export interface BlockCounts {
  reads: number
  bytesRead: number
  writes: number
  bytesWritten: number
}

/**
 * Wraps a store and counts every read and write, for tests and benchmarks
 * ("one write into a 1,000,000-entry map writes at most 8 blocks").
 */
export class CountingBlockStore implements BlockStore {
  readonly counts: BlockCounts = { reads: 0, bytesRead: 0, writes: 0, bytesWritten: 0 }
  constructor (readonly inner: BlockStore) {}

  async get (cid: CID): Promise<Uint8Array> {
    const bytes = await this.inner.get(cid)
    this.counts.reads++
    this.counts.bytesRead += bytes.byteLength
    return bytes
  }

  async put (cid: CID, bytes: Uint8Array): Promise<void> {
    this.counts.writes++
    this.counts.bytesWritten += bytes.byteLength
    await this.inner.put(cid, bytes)
  }

  /** Zeroes the counters and returns what they were. */
  reset (): BlockCounts {
    const was = { ...this.counts }
    this.counts.reads = this.counts.bytesRead = this.counts.writes = this.counts.bytesWritten = 0
    return was
  }
}
