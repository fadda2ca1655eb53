/**
 * A persistent list (vector) for large Go slices and arrays: a fixed-width tree by index, every
 * node a dag-cbor block, copy-on-write like the HAMT.
 *
 * Layout (see protocols/state.md):
 * - root block: `{ width, height, length, node }` with the root node inline;
 * - a node at height 0 is a list of values; a node at height h > 0 is a list of links to nodes at
 *   height h − 1, each covering `width^h` indices;
 * - the shape is a function of `length` alone: `height` is the smallest h with
 *   `width^(h+1) ≥ length` (0 for an empty list), every node left of the last index is full, and
 *   nothing exists right of it. So equal contents give equal CIDs whatever the history.
 *
 * width 32: a node of 32 links is ~1.3 KB and a leaf of 32 small values a few hundred bytes;
 * 1,000,000 elements are 4 levels (32^4 = 1,048,576), so one write rewrites 4 blocks, ~4.1 KB (measured by `npm run bench:state`).
 */
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import type { BlockStore } from './block-store.ts'
import { BlockWriter, encodeBlock, loadBlock, NodeCache } from './codec.ts'
import { IndexOutOfRangeError, InvalidArgumentError, InvalidNodeError } from './errors.ts'

export const DEFAULT_LIST_WIDTH = 32
const MAX_LENGTH = Number.MAX_SAFE_INTEGER

type Link = { cid: CID, node?: undefined } | { cid?: undefined, node: ListNode }
/** `items` are values at height 0 and `Link`s above. */
interface ListNode { items: unknown[] }

export interface ListOptions {
  /** children per node (2..1024); only for `create`/`build` */
  width?: number
  /** decoded nodes to keep in memory (0 disables the cache) */
  cacheNodes?: number
}

interface Context {
  store: BlockStore
  width: number
  cache: NodeCache<ListNode>
}

/** The height of the tree holding `length` elements. */
function heightFor (length: number, width: number): number {
  let h = 0
  let cap = width
  while (cap < length) { cap *= width; h++ }
  return h
}

function checkValue (value: unknown): void {
  try {
    dagCbor.encode(value)
  } catch (err) {
    throw new InvalidArgumentError(`list value cannot be stored as dag-cbor: ${(err as Error).message}`)
  }
}

function checkIndex (index: number, length: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= length) throw new IndexOutOfRangeError(index, length)
}

function encodeItems (node: ListNode, height: number): unknown[] {
  return height === 0 ? node.items : node.items.map(l => (l as Link).cid)
}

function decodeItems (where: string, raw: unknown, height: number, expected: number): ListNode {
  if (!Array.isArray(raw)) throw new InvalidNodeError(where, 'list node must be a list')
  if (raw.length !== expected) throw new InvalidNodeError(where, `list node has ${raw.length} items, its position needs ${expected}`)
  if (height === 0) return { items: raw }
  return {
    items: raw.map(x => {
      const cid = CID.asCID(x)
      if (cid === null) throw new InvalidNodeError(where, `list node at height ${height} holds a non-link`)
      return { cid }
    })
  }
}

/** How many items the node at `height` covering `count` indices (count ≥ 1) has. */
function itemsFor (count: number, height: number, width: number): number {
  return height === 0 ? count : Math.ceil(count / width ** height)
}

async function loadNode (ctx: Context, cid: CID, height: number, count: number): Promise<ListNode> {
  const key = cid.toString()
  const hit = ctx.cache.get(key)
  if (hit !== undefined) return hit
  const raw = await loadBlock(ctx.store, cid)
  const node = decodeItems(key, raw, height, itemsFor(count, height, ctx.width))
  ctx.cache.set(key, node)
  return node
}

async function flushNode (ctx: Context, node: ListNode, height: number, w: BlockWriter): Promise<void> {
  if (height === 0) return
  for (let i = 0; i < node.items.length; i++) {
    const l = node.items[i] as Link
    if (l.node !== undefined) {
      await flushNode(ctx, l.node, height - 1, w)
      let block
      try {
        block = await encodeBlock(encodeItems(l.node, height - 1))
      } catch (err) {
        throw new InvalidArgumentError(`list value cannot be stored as dag-cbor: ${(err as Error).message}`)
      }
      await w.put(block.cid, block.bytes)
      ctx.cache.set(block.cid.toString(), l.node)
      node.items[i] = { cid: block.cid }
    }
  }
}

async function flushRoot (ctx: Context, node: ListNode, height: number, length: number, inFlight = 1): Promise<CID> {
  const w = new BlockWriter(ctx.store, inFlight)
  await flushNode(ctx, node, height, w)
  const block = await encodeBlock({ width: ctx.width, height, length, node: encodeItems(node, height) })
  await w.put(block.cid, block.bytes)
  await w.drain()
  return block.cid
}

/** An immutable version of a list. */
export class List {
  private constructor (
    private readonly ctx: Context,
    /** the CID of the root block: the list's identity */
    readonly root: CID,
    readonly length: number,
    private readonly height: number,
    private readonly rootNode: ListNode
  ) {}

  get width (): number { return this.ctx.width }

  /** An empty list; writes its root block. */
  static async create (store: BlockStore, options: ListOptions = {}): Promise<List> {
    const ctx = makeContext(store, options)
    const node: ListNode = { items: [] }
    return new List(ctx, await flushRoot(ctx, node, 0, 0), 0, 0, node)
  }

  /** Opens the list whose root block is `root` (reads that one block). */
  static async load (store: BlockStore, root: CID, options: Pick<ListOptions, 'cacheNodes'> = {}): Promise<List> {
    const raw = await loadBlock(store, root)
    const where = root.toString()
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || CID.asCID(raw) !== null) {
      throw new InvalidNodeError(where, 'list root must be a map {width, height, length, node}')
    }
    const r = raw as Record<string, unknown>
    const keys = Object.keys(r).sort().join(',')
    if (keys !== 'height,length,node,width') throw new InvalidNodeError(where, `list root has fields ${keys}, want height,length,node,width`)
    const { width, height, length } = r
    if (typeof width !== 'number' || !Number.isInteger(width) || width < 2 || width > 1024) throw new InvalidNodeError(where, `list width ${String(width)} is not an integer in [2, 1024]`)
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) throw new InvalidNodeError(where, `list length ${String(length)} is not a non-negative integer`)
    if (height !== heightFor(length, width)) throw new InvalidNodeError(where, `list height ${String(height)} does not fit length ${length}`)
    const node = decodeItems(where, r.node, height, length === 0 ? 0 : itemsFor(length, height, width))
    const ctx: Context = { store, width, cache: new NodeCache(options.cacheNodes ?? 4096) }
    return new List(ctx, root, length, height, node)
  }

  /** Builds a list from many values at once, bottom-up, writing each node once. */
  static async build (store: BlockStore, values: Iterable<unknown> | AsyncIterable<unknown>, options: ListOptions = {}): Promise<List> {
    const ctx = makeContext(store, options)
    let level: ListNode[] = []
    let leaf: unknown[] = []
    let length = 0
    for await (const v of values) {
      if (v === undefined) throw new InvalidArgumentError('list value must not be undefined')
      leaf.push(v)
      length++
      if (leaf.length === ctx.width) { level.push({ items: leaf }); leaf = [] }
    }
    if (leaf.length > 0 || level.length === 0) level.push({ items: leaf })
    let height = 0
    while (level.length > 1) {
      const up: ListNode[] = []
      for (let i = 0; i < level.length; i += ctx.width) {
        up.push({ items: level.slice(i, i + ctx.width).map(node => ({ node })) })
      }
      level = up
      height++
    }
    const root = level[0]
    return new List(ctx, await flushRoot(ctx, root, height, length, 64), length, height, root)
  }

  /** The element at `index`; reads one block per level not in cache. */
  async get (index: number): Promise<unknown> {
    checkIndex(index, this.length)
    return await getIn(this.ctx, this.rootNode, this.height, this.length, index)
  }

  async set (index: number, value: unknown): Promise<List> {
    const b = this.batch()
    await b.set(index, value)
    return await b.commit()
  }

  async append (value: unknown): Promise<List> {
    const b = this.batch()
    await b.append(value)
    return await b.commit()
  }

  /** A new version holding the first `length` elements (Go's `s = s[:n]`). */
  async truncate (length: number): Promise<List> {
    const b = this.batch()
    await b.truncate(length)
    return await b.commit()
  }

  batch (): ListBatch {
    return new ListBatch(this.ctx, this, this.rootNode, this.height, this.length)
  }

  /** Every element in index order. */
  async * values (): AsyncGenerator<unknown> {
    yield * walk(this.ctx, this.rootNode, this.height, this.length)
  }

  /** @internal */
  static fromBatch (ctx: Context, root: CID, length: number, height: number, node: ListNode): List {
    return new List(ctx, root, length, height, node)
  }
}

function makeContext (store: BlockStore, options: ListOptions): Context {
  const width = options.width ?? DEFAULT_LIST_WIDTH
  if (!Number.isInteger(width) || width < 2 || width > 1024) throw new InvalidArgumentError(`list width ${width} must be an integer in [2, 1024]`)
  return { store, width, cache: new NodeCache(options.cacheNodes ?? 4096) }
}

async function child (ctx: Context, l: Link, height: number, count: number): Promise<ListNode> {
  return l.node ?? await loadNode(ctx, l.cid, height, count)
}

/** Indices covered by child `slot` of a node at `height` covering `count` indices. */
function childCount (count: number, height: number, slot: number, width: number): number {
  const span = width ** height
  return Math.min(span, count - slot * span)
}

async function getIn (ctx: Context, node: ListNode, height: number, count: number, index: number): Promise<unknown> {
  while (height > 0) {
    const span = ctx.width ** height
    const slot = Math.floor(index / span)
    const n = childCount(count, height, slot, ctx.width)
    node = await child(ctx, node.items[slot] as Link, height - 1, n)
    index -= slot * span
    count = n
    height--
  }
  return node.items[index]
}

async function * walk (ctx: Context, node: ListNode, height: number, count: number): AsyncGenerator<unknown> {
  if (height === 0) { yield * node.items; return }
  for (let slot = 0; slot < node.items.length; slot++) {
    const n = childCount(count, height, slot, ctx.width)
    yield * walk(ctx, await child(ctx, node.items[slot] as Link, height - 1, n), height - 1, n)
  }
}

/** A fresh chain of nodes from `height` down to a leaf holding only `value`. */
function chain (height: number, value: unknown): ListNode {
  let node: ListNode = { items: [value] }
  for (let h = 1; h <= height; h++) node = { items: [{ node }] }
  return node
}

/**
 * Pending changes to one version of a list, applied on copies of the touched nodes;
 * `commit()` writes each touched node once. Reads see the pending changes.
 */
export class ListBatch {
  private root: ListNode | null = null
  private done = false

  constructor (
    private readonly ctx: Context,
    private readonly base: List,
    private readonly baseNode: ListNode,
    private height: number,
    private len: number
  ) {}

  get length (): number { return this.len }

  private current (): ListNode {
    if (this.done) throw new InvalidArgumentError('list batch already committed')
    return this.root ?? this.baseNode
  }

  private owned (): ListNode {
    this.current()
    if (this.root === null) this.root = { items: this.baseNode.items.slice() }
    return this.root
  }

  private async ownChild (node: ListNode, slot: number, height: number, count: number): Promise<ListNode> {
    const l = node.items[slot] as Link
    if (l.node !== undefined) return l.node
    const loaded = await loadNode(this.ctx, l.cid, height, count)
    const copy = { items: loaded.items.slice() }
    node.items[slot] = { node: copy }
    return copy
  }

  async get (index: number): Promise<unknown> {
    checkIndex(index, this.len)
    return await getIn(this.ctx, this.current(), this.height, this.len, index)
  }

  async set (index: number, value: unknown): Promise<void> {
    checkIndex(index, this.len)
    checkValue(value)
    let node = this.owned()
    let height = this.height
    let count = this.len
    while (height > 0) {
      const span = this.ctx.width ** height
      const slot = Math.floor(index / span)
      const n = childCount(count, height, slot, this.ctx.width)
      node = await this.ownChild(node, slot, height - 1, n)
      index -= slot * span
      count = n
      height--
    }
    node.items[index] = value
  }

  async append (value: unknown): Promise<void> {
    checkValue(value)
    if (this.len >= MAX_LENGTH) throw new InvalidArgumentError('list is full')
    let root = this.owned()
    if (this.len === this.ctx.width ** (this.height + 1)) {
      // The tree is full: the old root becomes the first child of a new, taller root.
      root = { items: [{ node: root }] }
      this.root = root
      this.height++
    }
    let node = root
    let height = this.height
    let index = this.len
    let count = this.len
    while (height > 0) {
      const span = this.ctx.width ** height
      const slot = Math.floor(index / span)
      if (slot === node.items.length) {
        node.items.push({ node: chain(height - 1, value) })
        this.len++
        return
      }
      const n = childCount(count, height, slot, this.ctx.width)
      node = await this.ownChild(node, slot, height - 1, n)
      index -= slot * span
      count = n
      height--
    }
    node.items.push(value)
    this.len++
  }

  async truncate (length: number): Promise<void> {
    if (!Number.isInteger(length) || length < 0 || length > this.len) {
      throw new InvalidArgumentError(`cannot truncate a list of ${this.len} to ${length}`)
    }
    if (length === this.len) return
    if (length === 0) {
      this.owned()
      this.root = { items: [] }
      this.height = 0
      this.len = 0
      return
    }
    let node = this.owned()
    let count = this.len
    const newHeight = heightFor(length, this.ctx.width)
    while (this.height > newHeight) {
      // Only the first child survives: it becomes the root.
      const n = childCount(count, this.height, 0, this.ctx.width)
      node = await this.ownChild(node, 0, this.height - 1, n)
      this.root = node
      this.height--
      count = n
    }
    let height = this.height
    let keep = length
    while (height > 0) {
      const span = this.ctx.width ** height
      const last = Math.floor((keep - 1) / span)
      node.items.length = last + 1
      const n = childCount(count, height, last, this.ctx.width)
      node = await this.ownChild(node, last, height - 1, n)
      keep -= last * span
      count = n
      height--
    }
    node.items.length = keep
    this.len = length
  }

  async commit (): Promise<List> {
    this.current()
    this.done = true
    if (this.root === null) return this.base
    const cid = await flushRoot(this.ctx, this.root, this.height, this.len)
    return List.fromBatch(this.ctx, cid, this.len, this.height, this.root)
  }
}
