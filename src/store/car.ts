// CARv1 export and import (@ipld/car). Import verifies every block before storing any of them.
import { CarBlockIterator, CarWriter } from '@ipld/car'
import type { Blockstore } from 'interface-blockstore'
import type { CID } from 'multiformats/cid'
import { parseCid, verifyBlock } from './block.ts'
import { walkDag } from './dag.ts'
import { AmigoError, BadCarError } from './errors/index.ts'

export interface ImportResult {
  roots: CID[]
  /** blocks in the file (each stored once, whether or not it was already present) */
  blocks: number
}

/** The DAG under `root` as a CARv1 byte stream (header with one root, then every block once). */
export function exportCar (blockstore: Blockstore, root: CID, signal?: AbortSignal): AsyncIterable<Uint8Array> {
  const { writer, out } = CarWriter.create([root])
  const fill = async (): Promise<void> => {
    try {
      for await (const block of walkDag(blockstore, root, { signal })) await writer.put(block)
    } finally {
      await writer.close()
    }
  }
  return (async function * () {
    let failure: unknown
    const filling = fill().catch(err => { failure = err })
    for await (const chunk of out) {
      if (failure != null) break
      yield chunk
    }
    await filling
    if (failure != null) throw failure
  })()
}

/**
 * Read a CARv1 file and store its blocks. Every block must carry an accepted CID (CIDv1 sha2-256,
 * dag-cbor or raw), fit the block size limit and hash to its CID; if one does not, nothing is
 * stored and the error names the block.
 */
export async function importCar (blockstore: Blockstore, source: AsyncIterable<Uint8Array> | Uint8Array, signal?: AbortSignal): Promise<ImportResult> {
  let reader: CarBlockIterator
  try {
    reader = await CarBlockIterator.fromIterable(source instanceof Uint8Array ? single(source) : source)
  } catch (err: any) {
    throw new BadCarError(`not a CARv1 file: ${String(err?.message ?? err)}`)
  }
  const roots = (await reader.getRoots()).map(r => parseCid(r))
  if (roots.length === 0) throw new BadCarError('CAR file has no root')
  const blocks: Array<{ cid: CID, bytes: Uint8Array }> = []
  try {
    for await (const { cid, bytes } of reader) {
      signal?.throwIfAborted()
      const checked = parseCid(cid)
      await verifyBlock(checked, bytes)
      blocks.push({ cid: checked, bytes })
    }
  } catch (err: any) {
    if (err instanceof AmigoError || err?.name === 'AbortError') throw err
    throw new BadCarError(`malformed CAR file: ${String(err?.message ?? err)}`)
  }
  for (const b of blocks) await blockstore.put(b.cid, b.bytes, { signal })
  return { roots, blocks: blocks.length }
}

async function * single (bytes: Uint8Array): AsyncIterable<Uint8Array> { yield bytes }
