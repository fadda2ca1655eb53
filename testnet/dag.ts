// Test content: a DAG of random bytes (raw chunks under a dag-cbor root), put through a node's API.
import { randomBytes } from 'node:crypto'
import * as dagCbor from '@ipld/dag-cbor'
import * as raw from 'multiformats/codecs/raw'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { CarBlockIterator } from '@ipld/car'
import type { ApiClient } from '../src/api/client.ts'

export interface TestDag {
  root: CID
  /** every block, root included, by CID string */
  blocks: Map<string, Uint8Array>
  size: number
}

/** `size` random bytes in raw chunks of `chunk` bytes, linked from one dag-cbor root. */
export async function makeDag (size = 1024 * 1024, chunk = 256 * 1024): Promise<TestDag> {
  const blocks = new Map<string, Uint8Array>()
  const links: CID[] = []
  for (let off = 0; off < size; off += chunk) {
    const bytes = new Uint8Array(randomBytes(Math.min(chunk, size - off)))
    const cid = CID.createV1(raw.code, await sha256.digest(bytes))
    blocks.set(cid.toString(), bytes)
    links.push(cid)
  }
  const rootBytes = dagCbor.encode({ type: 'amigo-testnet-blob', size, chunks: links })
  const root = CID.createV1(dagCbor.code, await sha256.digest(rootBytes))
  blocks.set(root.toString(), rootBytes)
  return { root, blocks, size }
}

/** Put every block of the DAG through the node's API (leaves first), checking the CIDs it answers. */
export async function putDag (api: ApiClient, dag: TestDag): Promise<void> {
  for (const [cid, bytes] of [...dag.blocks].reverse()) {
    const codec = CID.parse(cid).code === raw.code ? 'raw' : 'dag-cbor'
    const answer = await api.blockPut(bytes, codec)
    if (answer.cid !== cid) throw new Error(`node stored a block as ${answer.cid}, expected ${cid}`)
  }
}

/**
 * Export the DAG from a node as CAR and check it is exactly the DAG: the same root, every block
 * present, every block's bytes hashing to its CID and equal to the original.
 */
export async function verifyDag (api: ApiClient, dag: TestDag): Promise<void> {
  const car = await api.dagExport(dag.root.toString())
  const reader = await CarBlockIterator.fromIterable(car)
  const roots = await reader.getRoots()
  if (roots.length !== 1 || !roots[0].equals(dag.root)) throw new Error(`CAR roots ${roots.join(',')} are not ${dag.root.toString()}`)
  const seen = new Set<string>()
  for await (const { cid, bytes } of reader) {
    const digest = await sha256.digest(bytes)
    if (!equal(digest.bytes, cid.multihash.bytes)) throw new Error(`block ${cid.toString()} does not hash to its CID`)
    const original = dag.blocks.get(cid.toString())
    if (original === undefined || !equal(original, bytes)) throw new Error(`block ${cid.toString()} is not part of the DAG`)
    seen.add(cid.toString())
  }
  if (seen.size !== dag.blocks.size) throw new Error(`CAR has ${seen.size} of the DAG's ${dag.blocks.size} blocks`)
}

function equal (a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0
}
