// A whole DAG: walk links from the root with a fixed number of blocks in flight, reading blocks
// the store has and fetching the others.
import type { CID } from 'multiformats/cid'
import { blockLinks, parseCid } from '../../store/index.ts'

/** Parallel block requests in a DAG fetch. */
const DAG_CONCURRENCY = 32

export interface DagSource {
  /** the block's bytes, and whether they came from the network */
  block: (cid: CID) => Promise<{ bytes: Uint8Array, fetched: boolean }>
}

/** Every block under `root`, each once; the first failure stops the walk and is thrown. */
export async function walkAndFetch (root: CID, source: DagSource): Promise<{ blocks: number, fetched: number }> {
  const seen = new Set<string>([root.toString()])
  const queue: CID[] = [root]
  let blocks = 0
  let fetched = 0
  let failure: unknown
  let active = 0
  // workers sleep on `changed` while the queue is empty but blocks are still being fetched
  let wake: () => void = () => {}
  let changed = new Promise<void>(resolve => { wake = resolve })
  const notify = (): void => { wake(); changed = new Promise<void>(resolve => { wake = resolve }) }
  const worker = async (): Promise<void> => {
    while (failure == null) {
      const cid = queue.shift()
      if (cid == null) {
        if (active === 0) return
        await changed
        continue
      }
      active++
      try {
        const got = await source.block(cid)
        blocks++
        if (got.fetched) fetched++
        for (const link of blockLinks(cid, got.bytes)) {
          const key = link.toString()
          if (!seen.has(key)) { seen.add(key); queue.push(parseCid(link)) }
        }
      } catch (err) {
        failure ??= err
      } finally {
        active--
        notify()
      }
    }
  }
  await Promise.all(Array.from({ length: DAG_CONCURRENCY }, async () => worker()))
  if (failure != null) throw failure
  return { blocks, fetched }
}
