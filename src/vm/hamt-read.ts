/**
 * Synchronous reads of a HAMT (protocols/state.md §2) through the block cache, for Go code that
 * is running: a lookup reads one block per level; a block that is not cached throws `Miss`.
 * Writes go through the store's asynchronous `HamtBatch` when a call commits.
 */
import { CID } from 'multiformats/cid'
import { BlockCache, Miss, sha256Sync } from './block-cache.ts'

type Node = [Uint8Array, unknown[]]

function rootNode (cache: BlockCache, root: CID): { node: Node, bitWidth: number } {
  const r = cache.read(root) as { hamt: Node }
  const node = r.hamt
  return { node, bitWidth: Math.log2(node[0].byteLength * 8) }
}

function index (hash: Uint8Array, depth: number, bitWidth: number): number {
  let v = 0
  const start = depth * bitWidth
  for (let i = 0; i < bitWidth; i++) {
    const bit = start + i
    v = (v << 1) | ((hash[bit >> 3] >> (7 - (bit & 7))) & 1)
  }
  return v
}

function has (map: Uint8Array, i: number): boolean { return (map[i >> 3] & (1 << (i & 7))) !== 0 }

function position (map: Uint8Array, i: number): number {
  let n = 0
  for (let j = 0; j < i; j++) if (has(map, j)) n++
  return n
}

function compare (a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return a.length - b.length
}

/** The value stored under `key`, or undefined. */
export function hamtGet (cache: BlockCache, root: CID, key: Uint8Array): unknown {
  const hash = sha256Sync(key)
  let { node, bitWidth } = rootNode(cache, root)
  for (let depth = 0; ; depth++) {
    const i = index(hash, depth, bitWidth)
    if (!has(node[0], i)) return undefined
    const el = node[1][position(node[0], i)]
    const link = CID.asCID(el)
    if (link === null) {
      for (const [k, v] of el as Array<[Uint8Array, unknown]>) if (compare(k, key) === 0) return v
      return undefined
    }
    node = cache.read(link) as Node
  }
}

/** Every entry; throws Miss(root, subtree) unless every block is cached. */
export function hamtEntries (cache: BlockCache, root: CID): Array<[Uint8Array, unknown]> {
  const out: Array<[Uint8Array, unknown]> = []
  const walk = (node: Node): void => {
    for (const el of node[1]) {
      const link = CID.asCID(el)
      if (link === null) { for (const e of el as Array<[Uint8Array, unknown]>) out.push(e); continue }
      if (!cache.has(link)) throw new Miss(root, true)
      walk(cache.read(link) as Node)
    }
  }
  if (!cache.has(root)) throw new Miss(root, true)
  walk(rootNode(cache, root).node)
  return out
}
