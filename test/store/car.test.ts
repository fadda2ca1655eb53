import { strict as assert } from 'node:assert'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CarReader } from '@ipld/car'
import * as dagCbor from '@ipld/dag-cbor'
import type { CID } from 'multiformats/cid'
import { encodeBlock, exportCar, importCar, missingBlocks, openStores, readBlock, walkDag } from '../../src/store/index.ts'
import type { Stores } from '../../src/store/index.ts'

async function collect (it: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  for await (const p of it) parts.push(p)
  return Buffer.concat(parts)
}

/** a DAG: root → [raw chunks…, shared child], child → same raw chunk (shared links appear once) */
async function buildDag (s: Stores): Promise<{ root: CID, cids: string[] }> {
  const chunks = []
  for (let i = 0; i < 4; i++) chunks.push(await encodeBlock(new Uint8Array(1000).fill(i), 'raw'))
  const child = await encodeBlock({ again: chunks[0].cid, name: 'child' })
  const root = await encodeBlock({ chunks: chunks.map(c => c.cid), child: child.cid })
  for (const b of [...chunks, child, root]) await s.blockstore.put(b.cid, b.bytes)
  return { root: root.cid, cids: [root, child, ...chunks].map(b => b.cid.toString()).sort() }
}

describe('store: LevelDB stores, DAG walk, CAR', () => {
  let dir: string
  const opened: Stores[] = []
  const open = async (name: string): Promise<Stores> => { const s = await openStores(join(dir, name)); opened.push(s); return s }

  before(async () => { dir = await mkdtemp(join(tmpdir(), 'amigo-store-')) })
  after(async () => {
    for (const s of opened) await s.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('keeps blocks across a close and reopen of the same directory', async () => {
    const s = await openStores(join(dir, 'persist'))
    const b = await encodeBlock({ kept: true })
    await s.blockstore.put(b.cid, b.bytes)
    await s.close()
    const again = await open('persist')
    assert.deepEqual(dagCbor.decode(await readBlock(again.blockstore, b.cid)), { kept: true })
    await assert.rejects(readBlock(again.blockstore, (await encodeBlock({ absent: 1 })).cid), { code: 'ERR_NOT_FOUND' })
  })

  it('walks every block of a DAG once, root first', async () => {
    const s = await open('walk')
    const { root, cids } = await buildDag(s)
    const seen: string[] = []
    for await (const b of walkDag(s.blockstore, root)) seen.push(b.cid.toString())
    assert.equal(seen[0], root.toString())
    assert.deepEqual([...seen].sort(), cids)
    assert.deepEqual(await missingBlocks(s.blockstore, root), [])
  })

  it('round-trips a DAG through a CARv1 file with the same CIDs', async () => {
    const a = await open('car-a')
    const b = await open('car-b')
    const { root, cids } = await buildDag(a)
    const car = await collect(exportCar(a.blockstore, root))
    // a standard reader sees one root and every block
    const reader = await CarReader.fromBytes(car)
    assert.deepEqual((await reader.getRoots()).map(String), [root.toString()])
    const inFile: string[] = []
    for await (const blk of reader.blocks()) inFile.push(blk.cid.toString())
    assert.deepEqual(inFile.sort(), cids)
    const result = await importCar(b.blockstore, car)
    assert.deepEqual(result.roots.map(String), [root.toString()])
    assert.equal(result.blocks, cids.length)
    const back: string[] = []
    for await (const blk of walkDag(b.blockstore, root)) back.push(blk.cid.toString())
    assert.deepEqual(back.sort(), cids)
    // and exporting again gives the same bytes
    assert.deepEqual(await collect(exportCar(b.blockstore, root)), car)
  })

  it('refuses a CAR with a block whose bytes do not hash to its CID, storing nothing', async () => {
    const a = await open('bad-a')
    const b = await open('bad-b')
    const { root } = await buildDag(a)
    const car = await collect(exportCar(a.blockstore, root))
    // flip one byte of the last block's data (raw chunk contents sit at the end of the file)
    const tampered = Uint8Array.from(car)
    tampered[tampered.length - 5] ^= 0xff
    await assert.rejects(importCar(b.blockstore, tampered), { code: 'ERR_HASH_MISMATCH' })
    let count = 0
    for await (const _ of b.blockstore.getAll()) count++
    assert.equal(count, 0)
  })

  it('refuses bytes that are not a CAR file', async () => {
    const b = await open('junk')
    await assert.rejects(importCar(b.blockstore, new TextEncoder().encode('hello, not a car')), { code: 'ERR_BAD_CAR' })
  })

  it('fails an export of a DAG with a missing block with ERR_NOT_FOUND', async () => {
    const s = await open('partial')
    const leaf = await encodeBlock({ leaf: true })
    const root = await encodeBlock({ l: leaf.cid })
    await s.blockstore.put(root.cid, root.bytes)
    await assert.rejects(collect(exportCar(s.blockstore, root.cid)), { code: 'ERR_NOT_FOUND' })
    assert.deepEqual((await missingBlocks(s.blockstore, root.cid)).map(String), [leaf.cid.toString()])
  })
})
