/**
 * Synchronous reads of a HAMT for callers that cannot wait (Go code running in the VM): blocks
 * come from `read`, which returns a decoded block or throws (the VM throws its `Miss` and loads
 * the block before running again). A lookup reads one block per level. Writes stay asynchronous
 * (`Hamt`, `HamtBatch`).
 */
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { bitHas, dataIndex, hashIndex } from './bitmap.ts'
import { compareBytes } from './codec.ts'

/** a decoded block, or throws when it is not at hand */
export type ReadBlock = (cid: CID) => unknown

type Node = [Uint8Array, unknown[]]

function rootNode (read: ReadBlock, root: CID): { node: Node, bitWidth: number } {
  const node = (read(root) as { hamt: Node }).hamt
  return { node, bitWidth: Math.log2(node[0].byteLength * 8) }
}

/** The value stored under `key`, or undefined. */
export function hamtGetSync (read: ReadBlock, root: CID, key: Uint8Array): unknown {
  // Node's sha2-256 hasher is synchronous
  const hash = sha256.encode(key) as Uint8Array
  let { node, bitWidth } = rootNode(read, root)
  for (let depth = 0; ; depth++) {
    const i = hashIndex(hash, depth, bitWidth)
    if (!bitHas(node[0], i)) return undefined
    const el = node[1][dataIndex(node[0], i)]
    const link = CID.asCID(el)
    if (link === null) {
      for (const [k, v] of el as Array<[Uint8Array, unknown]>) if (compareBytes(k, key) === 0) return v
      return undefined
    }
    node = read(link) as Node
  }
}

/** Every entry, depth-first. */
export function hamtEntriesSync (read: ReadBlock, root: CID): Array<[Uint8Array, unknown]> {
  const out: Array<[Uint8Array, unknown]> = []
  const walk = (node: Node): void => {
    for (const el of node[1]) {
      const link = CID.asCID(el)
      if (link === null) out.push(...el as Array<[Uint8Array, unknown]>)
      else walk(read(link) as Node)
    }
  }
  walk(rootNode(read, root).node)
  return out
}
