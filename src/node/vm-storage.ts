/**
 * The VM's storage on the repo's LevelDB stores: blocks in the blockstore (the one Helia and
 * bitswap serve, so pushed packages and state can be fetched by peers), records in the datastore
 * under their own prefix, written in one LevelDB batch with `sync` so that a call's new heads are
 * committed together or not at all, and a kill -9 never loses a committed head.
 *
 * @example
 * ```ts
 * const stores = await openStores(repo)
 * const storage = levelVMStorage(stores, '/amigo/vm/')
 * const vm = createVM({ storage, land: 'local.land', blockTime: () => BigInt(Date.now()) * 1_000_000n })
 * ```
 */
import type { Blockstore } from 'interface-blockstore'
import type { Datastore } from 'interface-datastore'
import { LevelDatastore } from 'datastore-level'
import type { CID } from 'multiformats/cid'
import type { VMStorage } from '../vm/types.ts'

/** The highest code point: any key starting with a prefix sorts below `prefix + LAST`. */
const LAST = '\u{10FFFF}'

/** The raw LevelDB under the repo's datastore (records need sync batches and key ranges). */
export type LevelDb = LevelDatastore['db']

/** The datastore's LevelDB (its public `db`): a datastore of another kind cannot hold VM records. */
export function levelDbOf (datastore: Datastore): LevelDb {
  if (!(datastore instanceof LevelDatastore)) throw new Error('the datastore is not a LevelDatastore: VM records need LevelDB batches')
  return datastore.db
}

/** Blocks as whole byte arrays (blockstore-level yields a block's bytes in chunks). */
export function blockStorage (blockstore: Blockstore): VMStorage['blocks'] {
  return {
    async get (cid: CID) {
      const chunks: Uint8Array[] = []
      for await (const chunk of blockstore.get(cid)) chunks.push(chunk)
      if (chunks.length === 1) return chunks[0]
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0))
      let at = 0
      for (const c of chunks) { out.set(c, at); at += c.byteLength }
      return out
    },
    async put (cid: CID, bytes: Uint8Array) { await blockstore.put(cid, bytes) },
    async has (cid: CID) { return await blockstore.has(cid) }
  }
}

/** A write of the node's own (a full datastore key, outside the VM's prefix). */
export interface RawRecordOp { key: string, value: Uint8Array }

/**
 * The VM's records, plus riders: writes of the node's own that go into the VM's next batch, so
 * that they are committed atomically with it (a call's nonce with the call's new heads) and cost
 * no sync of their own; `flushRiders` writes what no batch took (a call that committed nothing).
 */
export type RecordStorage = VMStorage['records'] & {
  ride: (ops: RawRecordOp[]) => void
  flushRiders: () => Promise<void>
  /** forgets the riders no batch took (a call refused before it ran uses no nonce) */
  dropRiders: () => void
}

/** Records under `prefix` of the datastore's LevelDB: atomic, synced batches and ordered key scans. */
export function recordStorage (datastore: Datastore, prefix: string): RecordStorage {
  const db = levelDbOf(datastore)
  let riders: RawRecordOp[] = []
  const riderOps = (): Array<{ type: 'put', key: string, value: Uint8Array }> => riders.map(r => ({ type: 'put' as const, key: r.key, value: r.value }))
  return {
    ride (ops) { riders.push(...ops) },
    dropRiders () { riders = [] },
    async flushRiders () {
      if (riders.length === 0) return
      await db.batch(riderOps(), { sync: true })
      riders = []
    },
    async get (key: string) {
      // classic-level resolves a missing key as undefined (abstract-level 2+)
      const value = await db.get(prefix + key)
      return value ?? undefined
    },
    async batch (ops) {
      if (ops.length === 0 && riders.length === 0) return
      const taken = riders.length
      await db.batch([...riderOps(), ...ops.map(op => op.value === null
        ? { type: 'del' as const, key: prefix + op.key }
        : { type: 'put' as const, key: prefix + op.key, value: op.value })], { sync: true })
      riders = riders.slice(taken)
    },
    async * keys (keyPrefix: string) {
      for await (const key of db.keys({ gte: prefix + keyPrefix, lt: prefix + keyPrefix + LAST })) yield key.slice(prefix.length)
    }
  }
}

export function levelVMStorage (stores: { blockstore: Blockstore, datastore: Datastore }, prefix: string): VMStorage & { records: RecordStorage } {
  return { blocks: blockStorage(stores.blockstore), records: recordStorage(stores.datastore, prefix) }
}
