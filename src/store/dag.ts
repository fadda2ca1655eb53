// Walking a DAG over its links, in the local blockstore or through a block source (the network).
import type { Blockstore } from 'interface-blockstore'
import type { CID } from 'multiformats/cid'
import { blockLinks } from './block.ts'
import { NotFoundError } from './errors/index.ts'

export interface WalkOptions {
  signal?: AbortSignal
  /** Where blocks come from; default: the blockstore (a missing block throws ERR_NOT_FOUND). */
  getBlock?: (cid: CID, signal?: AbortSignal) => Promise<Uint8Array>
}

/** Read one block's bytes from a blockstore (whose `get` yields chunks); ERR_NOT_FOUND if absent. */
export async function readBlock (blockstore: Blockstore, cid: CID, signal?: AbortSignal): Promise<Uint8Array> {
  signal?.throwIfAborted()
  if (!(await blockstore.has(cid, { signal }))) throw new NotFoundError(`block ${cid.toString()} is not in the store`)
  const parts: Uint8Array[] = []
  let length = 0
  for await (const part of blockstore.get(cid, { signal })) {
    parts.push(part)
    length += part.byteLength
  }
  if (parts.length === 1) return parts[0]
  const out = new Uint8Array(length)
  let offset = 0
  for (const p of parts) { out.set(p, offset); offset += p.byteLength }
  return out
}

/**
 * Every block of the DAG under `root`, each once, root first then depth-first in link order —
 * the order a CAR file lists them in.
 */
export async function * walkDag (blockstore: Blockstore, root: CID, options: WalkOptions = {}): AsyncGenerator<{ cid: CID, bytes: Uint8Array }> {
  const get = options.getBlock ?? (async (cid: CID, signal?: AbortSignal) => readBlock(blockstore, cid, signal))
  const seen = new Set<string>()
  const stack: CID[] = [root]
  while (stack.length > 0) {
    const cid = stack.pop()!
    const key = cid.toString()
    if (seen.has(key)) continue
    seen.add(key)
    const bytes = await get(cid, options.signal)
    yield { cid, bytes }
    const links = blockLinks(cid, bytes)
    for (let i = links.length - 1; i >= 0; i--) if (!seen.has(links[i].toString())) stack.push(links[i])
  }
}

/** CIDs reachable from `root` that the blockstore lacks (looking only through blocks it has). */
export async function missingBlocks (blockstore: Blockstore, root: CID, signal?: AbortSignal): Promise<CID[]> {
  const missing: CID[] = []
  const seen = new Set<string>()
  const stack: CID[] = [root]
  while (stack.length > 0) {
    const cid = stack.pop()!
    const key = cid.toString()
    if (seen.has(key)) continue
    seen.add(key)
    if (!(await blockstore.has(cid, { signal }))) { missing.push(cid); continue }
    for (const link of blockLinks(cid, await readBlock(blockstore, cid, signal))) stack.push(link)
  }
  return missing
}
