/**
 * A service's heap as IPLD (protocols/state.md §5): package variables inline in the state root,
 * every value with an identity (a pointer target, a slice's backing array, a map) an object in a
 * HAMT keyed by its id. Pointers are ids plus a path into the object, so aliasing and cycles
 * survive a round trip; maps of more than LARGE_MAP entries keep their entries in a HAMT of
 * their own and load them lazily (lazy-map.ts).
 *
 * Decoding is synchronous against the block cache (a missing block throws Miss). Committing
 * walks what is loaded, gives new objects ids in the order the walk meets them (so the same
 * history gives the same ids everywhere) and rewrites only objects whose encoding changed.
 */
import { CID } from 'multiformats/cid'
import { Hamt, hamtGetSync } from '../store/hamt/index.ts'
import type { BlockStore } from '../store/hamt/index.ts'
import { Box, Complex, ElemPtr, FieldPtr, GoMap, Iface, NIL_SLICE, Slice, bytesToStr, goString, keyOf, type RType } from '../lang/index.ts'
import { BlockCache } from './block-cache.ts'
import { LazyMap, LARGE_MAP } from './lazy-map.ts'
import type { TypeTable } from './type-key.ts'
import { VMError } from './errors.ts'
import { Walk, Encoder, VARS, isPlain, type ObjKind, type Ref } from './heap-walk.ts'
import { encodedSize } from './encoded-size.ts'
import { STATE_GAS_PER_ENTRY } from '../lang/index.ts'

/** A package variable as the program exposes it. */
export interface VarSlot { name: string, type: RType, get: () => any, set: (v: any) => void }

/** the bytes a large map's entry counts for in `stateBytes` (its entries are not all loaded) */
const LARGE_MAP_ENTRY_BYTES = 32

/** entries of a large map of plain values kept in memory after a commit */
const KEEP_LOADED = 4096

export class Heap {
  private readonly idOf = new Map<object, number>()
  private readonly objOf = new Map<number, object>()
  /** each object's encoding as last committed (or loaded): a commit writes only objects whose encoding differs */
  private readonly committed = new Map<number, unknown>()
  /** the estimated encoded size of each committed object, and their sum (see `stateBytes`) */
  private readonly sizes = new Map<number, number>()
  private objectBytes = 0
  /** the variables' encodings as last loaded or committed */
  private lastVars: Record<string, unknown> = {}

  /**
   * Where each large map's entries are (by object id), kept in the state root rather than in the
   * map's object, so that a write into a large map does not also rewrite the object table
   */
  private largeMaps: Record<string, LargeMap>

  constructor (
    readonly cache: BlockCache,
    readonly types: TypeTable,
    public objectsRoot: CID | null,
    public next: number,
    largeMaps: Record<string, LargeMap> = {}
  ) {
    this.largeMaps = largeMaps
  }

  // ------------------------------------------------------------------ decoding

  decode (v: unknown, t: RType): any {
    switch (t.kind) {
      case 'bool': return v === true
      case 'int64': case 'uint64': return BigInt(v as number | bigint)
      case 'int': case 'int8': case 'int16': case 'int32': case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uintptr':
        return typeof v === 'bigint' ? (v >= -(2n ** 53n) + 1n && v <= 2n ** 53n - 1n ? Number(v) : v) : v
      case 'float32': case 'float64': return decodeFloat(v)
      case 'complex64': case 'complex128': { const a = v as unknown[]; return new Complex(decodeFloat(a[0]), decodeFloat(a[1])) }
      case 'string': return decodeString(v)
      case 'array': {
        const e = t.elem!
        return (v as unknown[]).map(x => this.decode(x, e))
      }
      case 'struct': {
        const o = new t.ctor()
        const a = v as unknown[]
        t.fields.forEach((f, i) => { o[f.js] = this.decode(a[i], f.type) })
        return o
      }
      case 'ptr': return v === null ? null : this.deref(v as Ref, t.elem!)
      case 'slice': {
        if (v === null) return NIL_SLICE
        const r = v as Ref & { o: number, l: number, c: number }
        return new Slice(this.object(r['@']), r.o, r.l, r.c)
      }
      case 'map': return v === null ? null : this.object((v as Ref)['@'])
      case 'interface': {
        if (v === null) return null
        const [key, x] = v as [string, unknown]
        const dt = this.types.get(key)
        if (dt === undefined) throw new VMError('ERR_STATE_TYPE', `state holds a value of type ${key}, which the service's code does not know`)
        return new Iface(dt, this.decode(x, dt))
      }
      case 'func': if (v === null) return null; throw new VMError('ERR_STATE_TYPE', 'a func value cannot be loaded from state')
      default: throw new VMError('ERR_STATE_TYPE', `cannot load a value of type ${t.str} from state`)
    }
  }

  private deref (r: Ref, elem: RType): any {
    let cur: any = this.object(r['@'])
    const path = r.p ?? []
    if (path.length === 0) return cur // an aggregate object, or a Box
    for (let i = 0; i < path.length - 1; i++) cur = cur[path[i]]
    const last = path[path.length - 1]
    if (elem.kind === 'struct' || elem.kind === 'array') {
      const x = cur[last]
      if (x === undefined) throw new VMError('ERR_STATE_CYCLE', 'state has a pointer into an object that is still being loaded')
      return x
    }
    return typeof last === 'number' ? new ElemPtr(cur, last) : new FieldPtr(cur, last)
  }

  /** the object with this id, decoding it (and what it references) on first use */
  object (id: number): any {
    const have = this.objOf.get(id)
    if (have !== undefined) return have
    if (this.objectsRoot === null) throw new VMError('ERR_STATE_CORRUPT', `state has no object ${id}`)
    const raw = hamtGetSync(this.cache.reader, this.objectsRoot, idKey(id))
    if (raw === undefined) throw new VMError('ERR_STATE_CORRUPT', `state has no object ${id}`)
    const [kind, key, payload] = raw as [ObjKind, string, unknown]
    const t = kind === 'y' ? null : this.types.get(key)
    if (t === undefined) throw new VMError('ERR_STATE_TYPE', `state holds an object of type ${key}, which the service's code does not know`)
    let obj: any
    const register = (o: object): void => { this.objOf.set(id, o); this.idOf.set(o, id) }
    switch (kind) {
      case 'y': obj = (payload as Uint8Array).slice(); register(obj); break
      case 'a': {
        obj = []
        register(obj)
        for (const x of payload as unknown[]) obj.push(this.decode(x, t!))
        break
      }
      case 'b': obj = new Box(null); register(obj); obj.v = this.decode(payload, t!); break
      case 's': {
        if (t!.kind === 'struct') {
          obj = new t!.ctor()
          register(obj)
          const a = payload as unknown[]
          t!.fields.forEach((f, i) => { obj[f.js] = this.decode(a[i], f.type) })
        } else {
          obj = []
          register(obj)
          for (const x of payload as unknown[]) obj.push(this.decode(x, t!.elem!))
        }
        break
      }
      case 'm': {
        const gm = new GoMap(t!.key, needsKeyOf(t!.key!))
        obj = gm
        register(gm)
        if (payload instanceof Array) {
          for (const [k, v] of payload as Array<[unknown, unknown]>) setEntry(gm, this.decode(k, t!.key!), this.decode(v, t!.elem!))
        } else {
          const p = this.largeMaps[String(id)]
          if (p === undefined) throw new VMError('ERR_STATE_CORRUPT', `state has no entries for large map ${id}`)
          ;(gm as any).m = new LazyMap(this, gm, t!, p.h, p.n, p.s)
        }
        break
      }
      default: throw new VMError('ERR_STATE_CORRUPT', `object ${id} has unknown kind ${String(kind)}`)
    }
    this.remember(id, raw)
    return obj
  }

  /** records object id's committed encoding and its size */
  private remember (id: number, value: unknown): void {
    this.forget(id)
    this.committed.set(id, value)
    const n = encodedSize(value)
    this.sizes.set(id, n)
    this.objectBytes += n
  }

  private forget (id: number): void {
    this.objectBytes -= this.sizes.get(id) ?? 0
    this.sizes.delete(id)
    this.committed.delete(id)
  }

  /**
   * The state's size for the land's state quota (protocols/gas.md): the estimated dag-cbor size
   * of every object and variable, plus LARGE_MAP_ENTRY_BYTES for each entry of a large map (whose
   * entries are not all in memory). Deterministic: it depends on the state alone.
   */
  stateBytes (): number {
    let n = this.objectBytes + encodedSize(this.lastVars)
    for (const m of Object.values(this.largeMaps)) n += m.n * LARGE_MAP_ENTRY_BYTES
    return n
  }

  /** sets the variables from an encoded state root's `vars` */
  loadVars (vars: VarSlot[], encoded: Record<string, unknown>): void {
    this.lastVars = encoded
    for (const slot of vars) {
      const v = encoded[slot.name]
      if (v === undefined) continue // a variable the state does not have keeps its zero value
      slot.set(this.decode(v, slot.type))
    }
  }

  // ------------------------------------------------------------------ encoding

  /**
   * Writes the state reachable from `vars`: changed objects into the objects HAMT, lazy maps'
   * changed entries into their HAMTs. Returns the encoded variables and the new objects root.
   */
  async commit (vars: VarSlot[], store: BlockStore, meter: (gas: number) => void = () => {}): Promise<{ vars: Record<string, unknown>, objectsRoot: CID | null, next: number, maps: Record<string, LargeMap>, written: number }> {
    const walk = new Walk(this, meter)
    for (const slot of vars) walk.value(slot.get(), slot.type, VARS, slot.name)
    walk.finish()
    // ids for new objects, in the order the walk met them
    for (const o of walk.objects) if (!this.idOf.has(o.obj)) { const id = this.next++; this.idOf.set(o.obj, id); this.objOf.set(id, o.obj) }
    const enc = new Encoder(this, walk)
    // small maps that grew large move to their own HAMT; lazy maps write their changed entries
    for (const o of walk.objects) {
      if (o.kind !== 'm') continue
      const gm = o.obj as GoMap
      // the entries a flush writes are paid for before any work on them
      if (!(gm.m instanceof LazyMap) && gm.m.size > LARGE_MAP && persistableKey(o.type.key!)) {
        meter(gm.m.size * STATE_GAS_PER_ENTRY)
        ;(gm as any).m = LazyMap.fromEntries(this, gm, o.type)
      } else if (gm.m instanceof LazyMap) meter(gm.m.dirtyCount() * STATE_GAS_PER_ENTRY)
      if (gm.m instanceof LazyMap) {
        await gm.m.flush(store, (h, v, seq) => enc.entry(gm, o.type, h, v, seq))
        // entries of plain values can be read again from the HAMT at any time: keep memory bounded
        if (isPlain(o.type.key!) && isPlain(o.type.elem!)) gm.m.evict(KEEP_LOADED)
      }
    }
    const out: Record<string, unknown> = {}
    for (const slot of vars) out[slot.name] = enc.value(slot.get(), slot.type)
    let table = this.objectsRoot === null ? null : await Hamt.load(store, this.objectsRoot)
    const batch = (table ?? await Hamt.create(store)).batch()
    let written = 0
    for (const o of walk.objects) {
      const id = this.idOf.get(o.obj)!
      const value = enc.object(o)
      const before = this.committed.get(id)
      // comparing encodings as values is much cheaper than encoding every object to bytes
      if (before !== undefined && sameValue(before, value)) continue
      meter(STATE_GAS_PER_ENTRY)
      await batch.set(idKey(id), value)
      this.remember(id, value)
      written++
    }
    // objects no longer reachable leave the table — when the walk saw everything reachable, i.e.
    // no large map holds references in entries that were not loaded
    const reached = new Set(walk.objects.map(o => this.idOf.get(o.obj)!))
    const refsOutOfSight = walk.objects.some(o => o.kind === 'm' && (o.obj as GoMap).m instanceof LazyMap && !(isPlain(o.type.key!) && isPlain(o.type.elem!)))
    if (!refsOutOfSight) {
      for (const id of [...this.committed.keys()]) {
        if (reached.has(id)) continue
        meter(STATE_GAS_PER_ENTRY)
        await batch.delete(idKey(id))
        this.forget(id)
        const o = this.objOf.get(id)
        this.objOf.delete(id)
        if (o !== undefined) this.idOf.delete(o)
        written++
      }
    }
    if (written > 0 || table === null) table = await batch.commit()
    this.objectsRoot = table.root
    this.lastVars = out
    const maps: Record<string, LargeMap> = {}
    for (const o of walk.objects) {
      const m = (o.obj as GoMap).m
      if (o.kind === 'm' && m instanceof LazyMap) maps[String(this.idOf.get(o.obj)!)] = m.descriptor()
    }
    this.largeMaps = maps
    return { vars: out, objectsRoot: this.objectsRoot, next: this.next, maps, written }
  }

  /**
   * Whether the variables or anything they reach differ from the state as last loaded or
   * committed (a query that ran on a committed instance must not have changed it).
   */
  changed (vars: VarSlot[]): boolean {
    try {
      const walk = new Walk(this)
      for (const slot of vars) walk.value(slot.get(), slot.type, VARS, slot.name)
      walk.finish()
      for (const o of walk.objects) {
        if (!this.idOf.has(o.obj)) return true
        if (o.kind === 'm' && (o.obj as GoMap).m instanceof LazyMap && ((o.obj as GoMap).m as LazyMap).isDirty()) return true
      }
      const enc = new Encoder(this, walk)
      for (const o of walk.objects) if (!sameValue(this.committed.get(this.idOf.get(o.obj)!), enc.object(o))) return true
      for (const slot of vars) if (!sameValue(this.lastVars[slot.name], enc.value(slot.get(), slot.type))) return true
      return walk.objects.length !== this.committed.size
    } catch {
      return true
    }
  }

  idFor (o: object): number | undefined { return this.idOf.get(o) }
  refOf (o: object): number {
    const id = this.idOf.get(o)
    if (id === undefined) throw new Error('vm: object without an id')
    return id
  }
}

/** a large map's entries: its HAMT, its count, its next insertion sequence number */
export interface LargeMap { h: CID | null, n: number, s: number }
/** does GoMap key its entries through keyOf (composite keys)? — the compiler's rule */
export function needsKeyOf (k: RType): boolean {
  switch (k.kind) {
    case 'struct': case 'array': case 'interface': case 'float32': case 'float64': case 'complex64': case 'complex128': return true
    default: return false
  }
}

/** keys whose identity does not depend on object identity, so they can key a HAMT */
function persistableKey (k: RType): boolean {
  switch (k.kind) {
    case 'ptr': case 'chan': case 'func': case 'interface': case 'map': case 'slice': case 'float32': case 'float64': case 'complex64': case 'complex128': return false
    case 'array': return persistableKey(k.elem!)
    case 'struct': return k.fields.every(f => persistableKey(f.type))
    default: return true
  }
}

function setEntry (gm: GoMap, k: any, v: any): void {
  if (gm.keys !== null) {
    const h = keyOfValue(gm, k)
    gm.keys.set(h, k)
    gm.m.set(h, v)
  } else gm.m.set(k, v)
}

/** the JS key under which a GoMap with composite keys keeps key k (the runtime's keyOf) */
export function keyOfValue (gm: GoMap, k: any): any {
  return keyOf(gm.keyType!, k)
}

export function idKey (id: number): Uint8Array {
  const b = new Uint8Array(8)
  new DataView(b.buffer).setBigUint64(0, BigInt(id))
  return b
}

function decodeFloat (v: unknown): number {
  if (typeof v === 'number') return v
  if (typeof v === 'bigint') return Number(v)
  switch ((v as { f: string }).f) {
    case 'NaN': return NaN
    case '+Inf': return Infinity
    case '-Inf': return -Infinity
    default: return -0
  }
}

/** a stored string back to a Go byte string (see encodeString) */
function decodeString (v: unknown): string {
  return v instanceof Uint8Array ? bytesToStr(v) : goString(v as string)
}

/** equality of two IPLD values as dag-cbor would see it (an integer is the same as a number or a bigint) */
export function sameValue (a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a === 'bigint' || typeof b === 'bigint') return (typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint') && BigInt(a) === BigInt(b)
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return typeof a === 'number' && typeof b === 'number' && Object.is(a, b)
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false
    return true
  }
  if (a instanceof Uint8Array) {
    if (!(b instanceof Uint8Array) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
    return true
  }
  const ca = CID.asCID(a)
  if (ca !== null) { const cb = CID.asCID(b); return cb !== null && ca.equals(cb) }
  if (Array.isArray(b) || b instanceof Uint8Array || CID.asCID(b) !== null) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  for (const k of ka) if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false
  return true
}
