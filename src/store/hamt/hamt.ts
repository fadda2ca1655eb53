/**
 * A persistent, canonical HAMT following the IPLD HashMap spec
 * (https://ipld.io/specs/advanced-data-layouts/hamt/spec/): buckets, CHAMP-style collapse on
 * delete, dag-cbor blocks, CIDv1 sha2-256, keys hashed with sha2-256.
 *
 * Every change returns a new `Hamt` with a new root CID and writes only the nodes on the changed
 * path; every untouched node is shared with the previous version. The same set of entries gives
 * the same root CID whatever the order of inserts and deletes. Nodes load lazily: a `get` reads one
 * block per level (O(log n)).
 */
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import type { BlockStore } from './block-store.ts'
import { bitClear, bitHas, bitSet, dataIndex, hashIndex, popcount } from './bitmap.ts'
import { BlockWriter, compareBytes, encodeBlock, loadBlock, NodeCache, SHA2_256, sha256Bytes } from './codec.ts'
import { InvalidArgumentError, InvalidNodeError, MaxDepthError } from './errors.ts'

/**
 * Default parameters, chosen for the bar "one write into a map of 1,000,000 entries writes at
 * most 8 blocks and 16 KB" with small entries (32-byte key, short value: ~40 bytes of dag-cbor):
 *
 * - bitWidth 5 (32 slots per node): a node full of links is 32 × ~41 bytes ≈ 1.3 KB, and a leaf
 *   node holds ~32 entries ≈ 1.4 KB (at most 96 entries ≈ 4.3 KB). 1,000,000 entries give
 *   3 levels of link nodes (32³ = 32,768 leaves of ~30 entries) and sometimes one more level, so a
 *   write rewrites 4–5 blocks, ≤ 6 KB (measured: mean 4.04, max 5 blocks; max 5.9 KB). bitWidth 8 (the spec's default) would rewrite only 3 blocks
 *   but two of them are full 256-link nodes of ~10.5 KB each: ~22 KB, over the bar.
 *   bitWidth 4 gives ~0.7 KB nodes but 5–7 levels, close to the 8-block limit.
 * - bucketSize 3: the spec's default; it keeps leaves dense (fewer, fuller nodes) while a bucket
 *   stays small.
 *
 * These are also the Filecoin HAMT's parameters and those of the spec's `alice-words` fixture.
 */
export const DEFAULT_BIT_WIDTH = 5
export const DEFAULT_BUCKET_SIZE = 3
/** Keys longer than this are refused (the spec lets implementations bound key size). */
export const MAX_KEY_BYTES = 1024
/** Decoded nodes kept in memory per structure (shared by all versions derived from one handle). */
export const DEFAULT_CACHE_NODES = 4096

const HASH_BITS = 256

/** A bucket entry: `[key, value]`, exactly its dag-cbor form (a tuple). */
export type Entry = [Uint8Array, unknown]
type Bucket = Entry[]
/** A link to a child: stored (`cid`) or built in this batch and not yet written (`node`). */
type Link = { cid: CID, node?: undefined } | { cid?: undefined, node: HamtNode }
type Element = Bucket | Link
interface HamtNode { map: Uint8Array, data: Element[] }

export interface HamtOptions {
  /** bits of the hash per level, 2^bitWidth slots per node (≥ 3); only for `create`/`build` */
  bitWidth?: number
  /** entries per bucket before it becomes a child node (≥ 1); only for `create`/`build` */
  bucketSize?: number
  /** decoded nodes to keep in memory (0 disables the cache) */
  cacheNodes?: number
}

interface Context {
  store: BlockStore
  bitWidth: number
  bucketSize: number
  cache: NodeCache<HamtNode>
}

function isBucket (el: Element): el is Bucket {
  return Array.isArray(el)
}

function emptyNode (bitWidth: number): HamtNode {
  return { map: new Uint8Array((1 << bitWidth) / 8), data: [] }
}

function cloneNode (n: HamtNode): HamtNode {
  return { map: n.map.slice(), data: n.data.slice() }
}

function checkKey (key: unknown): asserts key is Uint8Array {
  if (!(key instanceof Uint8Array)) throw new InvalidArgumentError('HAMT key must be a Uint8Array')
  if (key.byteLength > MAX_KEY_BYTES) {
    throw new InvalidArgumentError(`HAMT key of ${key.byteLength} bytes is longer than ${MAX_KEY_BYTES}`)
  }
}

function encodeValue (value: unknown): Uint8Array {
  try {
    return dagCbor.encode(value)
  } catch (err) {
    throw new InvalidArgumentError(`HAMT value cannot be stored as dag-cbor: ${(err as Error).message}`)
  }
}

function sameBytes (a: Uint8Array, b: Uint8Array): boolean {
  return compareBytes(a, b) === 0
}

/** Position of `key` in a sorted bucket: `found` or where it would be inserted. */
function findInBucket (bucket: Bucket, key: Uint8Array): { found: boolean, at: number } {
  for (let i = 0; i < bucket.length; i++) {
    const c = compareBytes(bucket[i][0], key)
    if (c === 0) return { found: true, at: i }
    if (c > 0) return { found: false, at: i }
  }
  return { found: false, at: bucket.length }
}

function checkParams (bitWidth: number, bucketSize: number): void {
  if (!Number.isInteger(bitWidth) || bitWidth < 3 || bitWidth > 16) {
    throw new InvalidArgumentError(`HAMT bitWidth ${bitWidth} must be an integer in [3, 16]`)
  }
  if (!Number.isInteger(bucketSize) || bucketSize < 1 || bucketSize > 64) {
    throw new InvalidArgumentError(`HAMT bucketSize ${bucketSize} must be an integer in [1, 64]`)
  }
}

// ---- decoding and validation ----

function decodeNode (cid: CID, raw: unknown, bitWidth: number | null, bucketSize: number): { node: HamtNode, bitWidth: number } {
  const where = cid.toString()
  if (!Array.isArray(raw) || raw.length !== 2) throw new InvalidNodeError(where, 'HAMT node must be a [map, data] tuple')
  const [map, data] = raw as [unknown, unknown]
  if (!(map instanceof Uint8Array)) throw new InvalidNodeError(where, 'HAMT node map must be bytes')
  const bits = map.byteLength * 8
  const width = Math.log2(bits)
  if (!Number.isInteger(width) || width < 3 || width > 16) throw new InvalidNodeError(where, `HAMT map of ${map.byteLength} bytes is not 2^bitWidth/8`)
  if (bitWidth !== null && width !== bitWidth) throw new InvalidNodeError(where, `HAMT node bitWidth ${width} differs from the root's ${bitWidth}`)
  if (!Array.isArray(data)) throw new InvalidNodeError(where, 'HAMT node data must be a list')
  if (data.length !== popcount(map)) throw new InvalidNodeError(where, `HAMT node has ${data.length} elements but its map has ${popcount(map)} bits set`)
  const out: Element[] = []
  for (const el of data as unknown[]) {
    const link = CID.asCID(el)
    if (link !== null) {
      out.push({ cid: link })
      continue
    }
    if (!Array.isArray(el) || el.length === 0 || el.length > bucketSize) {
      throw new InvalidNodeError(where, `HAMT element must be a link or a bucket of 1..${bucketSize} entries`)
    }
    const bucket: Bucket = []
    for (const entry of el as unknown[]) {
      if (!Array.isArray(entry) || entry.length !== 2 || !(entry[0] instanceof Uint8Array)) {
        throw new InvalidNodeError(where, 'HAMT bucket entry must be a [key bytes, value] tuple')
      }
      const prev = bucket[bucket.length - 1]
      if (prev !== undefined && compareBytes(prev[0], entry[0]) >= 0) {
        throw new InvalidNodeError(where, 'HAMT bucket keys are not in strictly increasing order')
      }
      bucket.push(entry as Entry)
    }
    out.push(bucket)
  }
  return { node: { map, data: out }, bitWidth: width }
}

function decodeRoot (cid: CID, raw: unknown): { node: HamtNode, bitWidth: number, bucketSize: number } {
  const where = cid.toString()
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || CID.asCID(raw) !== null) {
    throw new InvalidNodeError(where, 'HAMT root must be a map {hashAlg, bucketSize, hamt}')
  }
  const r = raw as Record<string, unknown>
  const keys = Object.keys(r).sort()
  if (keys.join(',') !== 'bucketSize,hamt,hashAlg') throw new InvalidNodeError(where, `HAMT root has fields ${keys.join(',')}, want bucketSize,hamt,hashAlg`)
  if (r.hashAlg !== SHA2_256) throw new InvalidNodeError(where, `HAMT hashAlg ${String(r.hashAlg)} is not sha2-256 (0x12)`)
  const bucketSize = r.bucketSize
  if (typeof bucketSize !== 'number' || !Number.isInteger(bucketSize) || bucketSize < 1 || bucketSize > 64) {
    throw new InvalidNodeError(where, `HAMT bucketSize ${String(bucketSize)} is not an integer in [1, 64]`)
  }
  const { node, bitWidth } = decodeNode(cid, r.hamt, null, bucketSize)
  return { node, bitWidth, bucketSize }
}

async function loadNode (ctx: Context, cid: CID): Promise<HamtNode> {
  const key = cid.toString()
  const hit = ctx.cache.get(key)
  if (hit !== undefined) return hit
  const raw = await loadBlock(ctx.store, cid)
  const { node } = decodeNode(cid, raw, ctx.bitWidth, ctx.bucketSize)
  ctx.cache.set(key, node)
  return node
}

async function childNode (ctx: Context, link: Link): Promise<HamtNode> {
  return link.node ?? await loadNode(ctx, link.cid)
}

async function lookup (ctx: Context, root: HamtNode, key: Uint8Array): Promise<Entry | undefined> {
  const hash = await sha256Bytes(key)
  let node = root
  for (let depth = 0; ; depth++) {
    const idx = hashIndex(hash, depth, ctx.bitWidth)
    if (!bitHas(node.map, idx)) return undefined
    const el = node.data[dataIndex(node.map, idx)]
    if (isBucket(el)) {
      const { found, at } = findInBucket(el, key)
      return found ? el[at] : undefined
    }
    node = await childNode(ctx, el)
  }
}

// ---- writing ----

function encodeData (data: Element[]): unknown[] {
  return data.map(el => isBucket(el) ? el : el.cid)
}

/** Writes every unwritten node under `node` (children first), turning its links into CIDs. */
async function flushChildren (ctx: Context, node: HamtNode, w: BlockWriter): Promise<void> {
  for (let i = 0; i < node.data.length; i++) {
    const el = node.data[i]
    if (!isBucket(el) && el.node !== undefined) {
      const child = el.node
      await flushChildren(ctx, child, w)
      let block
      try {
        block = await encodeBlock([child.map, encodeData(child.data)])
      } catch (err) {
        throw new InvalidArgumentError(`HAMT value cannot be stored as dag-cbor: ${(err as Error).message}`)
      }
      await w.put(block.cid, block.bytes)
      ctx.cache.set(block.cid.toString(), child)
      node.data[i] = { cid: block.cid }
    }
  }
}

async function flushRoot (ctx: Context, root: HamtNode, inFlight = 1): Promise<CID> {
  const w = new BlockWriter(ctx.store, inFlight)
  await flushChildren(ctx, root, w)
  let block
  try {
    block = await encodeBlock({ hashAlg: SHA2_256, bucketSize: ctx.bucketSize, hamt: [root.map, encodeData(root.data)] })
  } catch (err) {
    throw new InvalidArgumentError(`HAMT value cannot be stored as dag-cbor: ${(err as Error).message}`)
  }
  await w.put(block.cid, block.bytes)
  await w.drain()
  return block.cid
}

/**
 * An immutable version of a map. `set`/`delete` return a new version; `batch()` groups many
 * changes into one write of every touched node.
 */
export class Hamt {
  private constructor (
    private readonly ctx: Context,
    /** the CID of the root block: the map's identity */
    readonly root: CID,
    private readonly rootNode: HamtNode
  ) {}

  get bitWidth (): number { return this.ctx.bitWidth }
  get bucketSize (): number { return this.ctx.bucketSize }
  get store (): BlockStore { return this.ctx.store }

  /** An empty map; writes its root block (one block, ~50 bytes). */
  static async create (store: BlockStore, options: HamtOptions = {}): Promise<Hamt> {
    const ctx = makeContext(store, options)
    const node = emptyNode(ctx.bitWidth)
    const root = await flushRoot(ctx, node)
    return new Hamt(ctx, root, node)
  }

  /** Opens the map whose root block is `root` (reads that one block; parameters come from it). */
  static async load (store: BlockStore, root: CID, options: Pick<HamtOptions, 'cacheNodes'> = {}): Promise<Hamt> {
    const raw = await loadBlock(store, root)
    const { node, bitWidth, bucketSize } = decodeRoot(root, raw)
    const ctx: Context = { store, bitWidth, bucketSize, cache: new NodeCache(options.cacheNodes ?? DEFAULT_CACHE_NODES) }
    return new Hamt(ctx, root, node)
  }

  /**
   * Builds a map from many entries at once, bottom-up, writing each node exactly once (no
   * intermediate versions). A repeated key keeps its last value. Gives the same root as inserting
   * the entries one by one.
   */
  static async build (store: BlockStore, entries: Iterable<Entry> | AsyncIterable<Entry>, options: HamtOptions = {}): Promise<Hamt> {
    const ctx = makeContext(store, options)
    // Flat storage keeps a million entries cheap for the garbage collector: all hashes in one
    // buffer, and the sort works on an array of small integers.
    const keys: Uint8Array[] = []
    const values: unknown[] = []
    let hashes = new Uint8Array(32 * 1024)
    const add = (key: Uint8Array, value: unknown, h: Uint8Array): void => {
      const i = keys.length
      if ((i + 1) * 32 > hashes.length) {
        const grown = new Uint8Array(hashes.length * 2)
        grown.set(hashes)
        hashes = grown
      }
      hashes.set(h, i * 32)
      keys.push(key)
      values.push(value)
    }
    const take = async (key: Uint8Array, value: unknown): Promise<void> => {
      checkKey(key)
      if (value === undefined) throw new InvalidArgumentError('HAMT value must not be undefined')
      const h = sha256Bytes(key)
      add(key, value, h instanceof Uint8Array ? h : await h)
    }
    if (Symbol.iterator in entries) {
      for (const [key, value] of entries) await take(key, value)
    } else {
      for await (const [key, value] of entries) await take(key, value)
    }
    const n = keys.length
    const compareHash = (a: number, b: number): number => {
      const pa = a * 32
      const pb = b * 32
      for (let i = 0; i < 32; i++) {
        const d = hashes[pa + i] - hashes[pb + i]
        if (d !== 0) return d
      }
      return 0
    }
    const order: number[] = Array.from({ length: n }, (_, i) => i)
    // Stable sort: among equal keys the last one given stays last, and wins below.
    order.sort((a, b) => compareHash(a, b) || compareBytes(keys[a], keys[b]))
    const unique: number[] = []
    for (const i of order) {
      const last = unique[unique.length - 1]
      if (last !== undefined && compareHash(last, i) === 0 && sameBytes(keys[last], keys[i])) unique[unique.length - 1] = i
      else unique.push(i)
    }
    const indexAt = (u: number, depth: number): number =>
      hashIndex(hashes.subarray(unique[u] * 32, unique[u] * 32 + 32), depth, ctx.bitWidth)
    // Bottom-up and depth-first: each child is written as soon as it is complete, so memory holds
    // one path of nodes, not the whole tree.
    const w = new BlockWriter(ctx.store, 64)
    const buildNode = async (lo: number, hi: number, depth: number): Promise<HamtNode> => {
      const node = emptyNode(ctx.bitWidth)
      let i = lo
      while (i < hi) {
        const idx = indexAt(i, depth)
        let j = i + 1
        while (j < hi && indexAt(j, depth) === idx) j++
        bitSet(node.map, idx)
        if (j - i <= ctx.bucketSize) {
          const bucket: Bucket = unique.slice(i, j).map(u => [keys[u], values[u]] as Entry)
          bucket.sort((a, b) => compareBytes(a[0], b[0]))
          node.data.push(bucket)
        } else {
          if ((depth + 2) * ctx.bitWidth > HASH_BITS) throw new MaxDepthError()
          const child = await buildNode(i, j, depth + 1)
          let block
          try {
            block = await encodeBlock([child.map, encodeData(child.data)])
          } catch (err) {
            throw new InvalidArgumentError(`HAMT value cannot be stored as dag-cbor: ${(err as Error).message}`)
          }
          await w.put(block.cid, block.bytes)
          node.data.push({ cid: block.cid })
        }
        i = j
      }
      return node
    }
    const node = await buildNode(0, unique.length, 0)
    await w.drain()
    const root = await flushRoot(ctx, node)
    return new Hamt(ctx, root, node)
  }

  /** The value stored under `key`, or `undefined`. Reads one block per level not in cache. */
  async get (key: Uint8Array): Promise<unknown> {
    checkKey(key)
    return (await lookup(this.ctx, this.rootNode, key))?.[1]
  }

  async has (key: Uint8Array): Promise<boolean> {
    checkKey(key)
    return (await lookup(this.ctx, this.rootNode, key)) !== undefined
  }

  /** A new version with `key` set to `value` (a dag-cbor value; CIDs become links). */
  async set (key: Uint8Array, value: unknown): Promise<Hamt> {
    const b = this.batch()
    await b.set(key, value)
    return await b.commit()
  }

  /** A new version without `key` (the same version if it was absent). */
  async delete (key: Uint8Array): Promise<Hamt> {
    const b = this.batch()
    await b.delete(key)
    return await b.commit()
  }

  /** Groups changes: apply any number of `set`/`delete`, then `commit()` writes the touched nodes once. */
  batch (): HamtBatch {
    return new HamtBatch(this.ctx, this, this.rootNode)
  }

  /**
   * Every entry, once. Order: the tree's order, a function of the set of keys alone (the same on
   * every machine, whatever the history): slots in ascending index at each level, that is by
   * sha2-256(key) read most significant bit first; within one bucket, by key bytes. Not sorted by key.
   */
  async * entries (): AsyncGenerator<Entry> {
    yield * walkEntries(this.ctx, this.rootNode)
  }

  async * keys (): AsyncGenerator<Uint8Array> {
    for await (const [k] of this.entries()) yield k
  }

  async * values (): AsyncGenerator<unknown> {
    for await (const [, v] of this.entries()) yield v
  }

  /** Number of entries. Walks the whole map (O(n) block reads): keep a count beside the root if you need it often. */
  async size (): Promise<number> {
    let n = 0
    for await (const _entry of this.entries()) n++
    return n
  }

  /** The CIDs of every block of this version, root first (for export, pinning, garbage collection). */
  async * cids (): AsyncGenerator<CID> {
    yield this.root
    yield * walkCids(this.ctx, this.rootNode)
  }

  /** @internal used by HamtBatch.commit */
  static fromBatch (ctx: Context, root: CID, node: HamtNode): Hamt {
    return new Hamt(ctx, root, node)
  }
}

function makeContext (store: BlockStore, options: HamtOptions): Context {
  const bitWidth = options.bitWidth ?? DEFAULT_BIT_WIDTH
  const bucketSize = options.bucketSize ?? DEFAULT_BUCKET_SIZE
  checkParams(bitWidth, bucketSize)
  return { store, bitWidth, bucketSize, cache: new NodeCache(options.cacheNodes ?? DEFAULT_CACHE_NODES) }
}

async function * walkEntries (ctx: Context, node: HamtNode): AsyncGenerator<Entry> {
  for (const el of node.data) {
    if (isBucket(el)) yield * el
    else yield * walkEntries(ctx, await childNode(ctx, el))
  }
}

async function * walkCids (ctx: Context, node: HamtNode): AsyncGenerator<CID> {
  for (const el of node.data) {
    if (!isBucket(el)) {
      if (el.cid !== undefined) yield el.cid
      yield * walkCids(ctx, await childNode(ctx, el))
    }
  }
}

/**
 * Pending changes to one version of a map, applied in memory on copies of the touched nodes.
 * `commit()` writes each touched node once and returns the new version; the batch is then spent.
 * Reads (`get`/`has`) see the pending changes. If an operation throws (bad key or value), nothing
 * of it is applied.
 */
export class HamtBatch {
  private root: HamtNode | null = null
  private done = false

  constructor (private readonly ctx: Context, private readonly base: Hamt, private readonly baseNode: HamtNode) {}

  private current (): HamtNode {
    if (this.done) throw new InvalidArgumentError('HAMT batch already committed')
    return this.root ?? this.baseNode
  }

  private owned (): HamtNode {
    if (this.root === null) this.root = cloneNode(this.baseNode)
    return this.root
  }

  async get (key: Uint8Array): Promise<unknown> {
    checkKey(key)
    return (await lookup(this.ctx, this.current(), key))?.[1]
  }

  async has (key: Uint8Array): Promise<boolean> {
    checkKey(key)
    return (await lookup(this.ctx, this.current(), key)) !== undefined
  }

  /** Sets `key` to `value`. Returns true if the key was new. */
  async set (key: Uint8Array, value: unknown): Promise<boolean> {
    checkKey(key)
    const encoded = encodeValue(value)
    const existing = await lookup(this.ctx, this.current(), key)
    if (existing !== undefined) {
      if (sameBytes(encodeValue(existing[1]), encoded)) return false
    }
    const hash = await sha256Bytes(key)
    await this.setIn(this.owned(), hash, 0, key, value)
    return existing === undefined
  }

  /** Removes `key`. Returns true if it was present. */
  async delete (key: Uint8Array): Promise<boolean> {
    checkKey(key)
    if ((await lookup(this.ctx, this.current(), key)) === undefined) return false
    const hash = await sha256Bytes(key)
    await this.deleteIn(this.owned(), hash, 0, key)
    return true
  }

  /** Writes the touched nodes (children before parents, root last) and returns the new version. */
  async commit (): Promise<Hamt> {
    this.current()
    this.done = true
    if (this.root === null) return this.base
    const cid = await flushRoot(this.ctx, this.root)
    return Hamt.fromBatch(this.ctx, cid, this.root)
  }

  /** The child at `di` of an owned node, made owned (copied) on first touch. */
  private async ownChild (node: HamtNode, di: number): Promise<HamtNode> {
    const el = node.data[di] as Link
    if (el.node !== undefined) return el.node
    const copy = cloneNode(await loadNode(this.ctx, el.cid))
    node.data[di] = { node: copy }
    return copy
  }

  private async setIn (node: HamtNode, hash: Uint8Array, depth: number, key: Uint8Array, value: unknown): Promise<void> {
    const idx = hashIndex(hash, depth, this.ctx.bitWidth)
    const di = dataIndex(node.map, idx)
    if (!bitHas(node.map, idx)) {
      bitSet(node.map, idx)
      node.data.splice(di, 0, [[key, value]])
      return
    }
    const el = node.data[di]
    if (!isBucket(el)) {
      await this.setIn(await this.ownChild(node, di), hash, depth + 1, key, value)
      return
    }
    const { found, at } = findInBucket(el, key)
    if (found) {
      const b = el.slice()
      b[at] = [key, value]
      node.data[di] = b
      return
    }
    if (el.length < this.ctx.bucketSize) {
      const b = el.slice()
      b.splice(at, 0, [key, value])
      node.data[di] = b
      return
    }
    // The bucket is full: it becomes a child node one level down holding its entries and the new one.
    if ((depth + 2) * this.ctx.bitWidth > HASH_BITS) throw new MaxDepthError()
    const child = emptyNode(this.ctx.bitWidth)
    for (const [k, v] of el) await this.setIn(child, await sha256Bytes(k), depth + 1, k, v)
    await this.setIn(child, hash, depth + 1, key, value)
    node.data[di] = { node: child }
  }

  /** Removes `key`, known to be present, and collapses children that fall to `bucketSize` entries. */
  private async deleteIn (node: HamtNode, hash: Uint8Array, depth: number, key: Uint8Array): Promise<void> {
    const idx = hashIndex(hash, depth, this.ctx.bitWidth)
    const di = dataIndex(node.map, idx)
    const el = node.data[di]
    if (isBucket(el)) {
      const { at } = findInBucket(el, key)
      if (el.length > 1) {
        const b = el.slice()
        b.splice(at, 1)
        node.data[di] = b
      } else {
        node.data.splice(di, 1)
        bitClear(node.map, idx)
      }
      return
    }
    const child = await this.ownChild(node, di)
    await this.deleteIn(child, hash, depth + 1, key)
    // Canonical form: a non-root node without links and with at most bucketSize entries is
    // replaced by one bucket of those entries (sorted by key) in its parent.
    let count = 0
    for (const c of child.data) {
      if (!isBucket(c)) return
      count += c.length
    }
    if (count <= this.ctx.bucketSize) {
      const bucket: Bucket = child.data.flatMap(c => c as Bucket)
      bucket.sort((a, b) => compareBytes(a[0], b[0]))
      node.data[di] = bucket
    }
  }
}
