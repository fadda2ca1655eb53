/**
 * The entries of a large Go map (more than LARGE_MAP entries), kept in a HAMT of their own and
 * loaded one entry at a time as Go code reads them. It stands in for the JS Map inside a GoMap,
 * so compiled code and the runtime use it unchanged: `get`/`has`/`set`/`delete` touch one entry
 * (reading O(log n) blocks), `size` is the stored count, and iterating loads every entry and
 * yields them in insertion order (each entry stores its insertion sequence number).
 *
 * HAMT key: dag-cbor of the map's JS key (the Go key itself for basic key types, its canonical
 * key string for composite keys; strings as byte strings). Value: `[seq, value]`, plus the
 * original key for composite keys.
 */
import * as dagCbor from '@ipld/dag-cbor'
import type { CID } from 'multiformats/cid'
import { Hamt, hamtEntriesSync, hamtGetSync } from '../store/hamt/index.ts'
import type { BlockStore } from '../store/hamt/index.ts'
import { bytesToStr, strToBytes, chargeActive, STATE_GAS_PER_READ, STATE_GAS_PER_SCAN, type GoMap, type RType } from '../lang/index.ts'
import { Miss } from './block-cache.ts'
import type { Heap } from './heap.ts'

/** maps with more entries than this are stored as a HAMT */
export const LARGE_MAP = 64

type EntryEncoder = (h: any, v: any, seq: number) => unknown

export class LazyMap extends Map<any, any> {
  private readonly seqOf = new Map<any, number>()
  private readonly absent = new Set<any>()
  private readonly dirty = new Set<any>()
  private full = false

  constructor (
    private readonly heap: Heap,
    private readonly gm: GoMap,
    private readonly type: RType,
    private root: CID | null,
    private n: number,
    private seq: number
  ) {
    super()
  }

  static fromEntries (heap: Heap, gm: GoMap, type: RType): LazyMap {
    const m = new LazyMap(heap, gm, type, null, 0, 0)
    for (const [h, v] of gm.m) {
      Map.prototype.set.call(m, h, v)
      m.seqOf.set(h, m.seq++)
      m.dirty.add(h)
      m.n++
    }
    m.full = true
    return m
  }

  override get size (): number { return this.n }

  override get (k: any): any {
    if (super.has(k)) return super.get(k)
    this.load(k)
    return super.get(k)
  }

  override has (k: any): boolean {
    if (super.has(k)) return true
    return this.load(k)
  }

  override set (k: any, v: any): this {
    if (!this.has(k)) { this.n++; this.seqOf.set(k, this.seq++); this.absent.delete(k) }
    super.set(k, v)
    this.dirty.add(k)
    return this
  }

  override delete (k: any): boolean {
    if (!this.has(k)) return false
    this.n--
    super.delete(k)
    this.seqOf.delete(k)
    this.absent.add(k)
    this.dirty.add(k)
    return true
  }

  override clear (): void {
    this.loadAll()
    for (const k of [...super.keys()]) this.delete(k)
  }

  override [Symbol.iterator] (): MapIterator<[any, any]> { this.loadAll(); return super.entries() }
  override entries (): MapIterator<[any, any]> { this.loadAll(); return super.entries() }
  override keys (): MapIterator<any> { this.loadAll(); return super.keys() }
  override values (): MapIterator<any> { this.loadAll(); return super.values() }
  override forEach (f: (v: any, k: any, m: Map<any, any>) => void, thisArg?: any): void { this.loadAll(); super.forEach(f, thisArg) }

  /** how many entries the next flush writes (or deletes) */
  dirtyCount (): number { return this.dirty.size }

  isDirty (): boolean { return this.dirty.size > 0 || this.root === null }

  /** the entries in memory, without loading the others (what a commit must look at) */
  loadedEntries (): IterableIterator<[any, any]> { return Map.prototype.entries.call(this) as IterableIterator<[any, any]> }

  /** the map object's payload in its state object */
  descriptor (): { h: CID | null, n: number, s: number } { return { h: this.root, n: this.n, s: this.seq } }

  /** writes changed entries into the HAMT */
  async flush (store: BlockStore, encodeEntry: EntryEncoder): Promise<void> {
    if (this.dirty.size === 0 && this.root !== null) return
    const hamt = this.root === null ? await Hamt.create(store) : await Hamt.load(store, this.root)
    const batch = hamt.batch()
    for (const k of this.dirty) {
      if (super.has(k)) await batch.set(hamtKey(k), encodeEntry(k, super.get(k), this.seqOf.get(k)!))
      else await batch.delete(hamtKey(k))
    }
    this.root = (await batch.commit()).root
    this.dirty.clear()
  }

  /** forgets clean loaded entries beyond `keep` (call after flush: nothing is dirty then) */
  evict (keep: number): void {
    if (super.size <= keep || this.dirty.size > 0) return
    for (const k of [...super.keys()].slice(0, super.size - keep)) {
      super.delete(k)
      this.seqOf.delete(k)
      this.gm.keys?.delete(k)
    }
    this.full = false
  }

  /** loads entry k if it exists; true when it does */
  private load (k: any): boolean {
    if (this.full || this.absent.has(k) || this.root === null) return false
    chargeActive(STATE_GAS_PER_READ)
    const e = hamtGetSync(this.heap.cache.reader, this.root, hamtKey(k)) as unknown[] | undefined
    if (e === undefined) { this.absent.add(k); return false }
    this.adopt(k, e)
    return true
  }

  private adopt (k: any, e: unknown[]): void {
    const t = this.type
    if (this.gm.keys !== null) this.gm.keys.set(k, this.heap.decode(e[2], t.key!))
    super.set(k, this.heap.decode(e[1], t.elem!))
    this.seqOf.set(k, e[0] as number)
  }

  private loadAll (): void {
    if (this.full) return
    if (this.root !== null) {
      // a range needs every block of the map: a miss asks for the whole tree at once
      let all: Array<[Uint8Array, unknown]>
      chargeActive(this.n * STATE_GAS_PER_SCAN)
      try { all = hamtEntriesSync(this.heap.cache.reader, this.root) } catch (e) { throw e instanceof Miss ? new Miss(this.root, true) : e }
      for (const [kb, e] of all) {
        const k = jsKey(kb, this.type.key!, this.gm.keys !== null)
        if (super.has(k) || this.dirty.has(k)) continue
        this.adopt(k, e as unknown[])
      }
    }
    // insertion order: by sequence number
    const all = [...super.entries()].sort((a, b) => this.seqOf.get(a[0])! - this.seqOf.get(b[0])!)
    super.clear()
    for (const [k, v] of all) super.set(k, v)
    this.full = true
  }
}

/** the HAMT key of a map's JS key */
export function hamtKey (k: any): Uint8Array {
  return dagCbor.encode(typeof k === 'string' ? strToBytes(k) : k)
}

function jsKey (bytes: Uint8Array, t: RType, composite: boolean): any {
  const v = dagCbor.decode(bytes) as unknown
  if (v instanceof Uint8Array) return bytesToStr(v)
  if (composite) return v
  if (t.kind === 'int64' || t.kind === 'uint64') return BigInt(v as number)
  if (typeof v === 'bigint' && v >= -(2n ** 53n) + 1n && v <= 2n ** 53n - 1n) return Number(v)
  return v
}
