// The repo's two LevelDB stores: blocks (content by CID) and data (DHT records, peer store, node data).
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { LevelBlockstore } from 'blockstore-level'
import { LevelDatastore } from 'datastore-level'
import type { Blockstore } from 'interface-blockstore'
import type { Datastore } from 'interface-datastore'

export interface Stores {
  blockstore: Blockstore
  datastore: Datastore
  /** Close both stores (releases the LevelDB locks so the directory can be reopened). */
  close: () => Promise<void>
}

/** Open (creating if needed) the LevelDB blockstore at `dir/blocks` and datastore at `dir/data`. */
export async function openStores (dir: string): Promise<Stores> {
  await mkdir(dir, { recursive: true })
  const blockstore = new LevelBlockstore(join(dir, 'blocks'))
  const datastore = new LevelDatastore(join(dir, 'data'))
  await blockstore.open()
  try {
    await datastore.open()
  } catch (err) {
    await blockstore.close()
    throw err
  }
  let closed = false
  return {
    blockstore,
    datastore,
    close: async () => {
      if (closed) return
      closed = true
      await Promise.allSettled([blockstore.close(), datastore.close()])
    }
  }
}
