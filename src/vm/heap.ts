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
import { Hamt } from '../store/hamt/index.ts'
import type { BlockStore } from '../store/hamt/index.ts'
import { Box, Complex, ElemPtr, FieldPtr, GoMap, Iface, NIL_SLICE, Slice } from '../lang/runtime/index.ts'
import type { RType } from '../lang/runtime/index.ts'
import { BlockCache } from './block-cache.ts'
import { hamtGet } from './hamt-read.ts'
import { LazyMap, LARGE_MAP } from './lazy-map.ts'
import { typeKey, type TypeTable } from './type-key.ts'
import { VMError } from './errors.ts'

/** A package variable as the program exposes it. */
export interface VarSlot { name: string, type: RType, get: () => any, set: (v: any) => void }

/** where a by-value aggregate lives: inside `parent` (an object, or VARS) at `step` */
interface Place { parent: object, step: string | number }
const VARS = Object.freeze({ vars: true })
/** entries of a large map of plain values kept in memory after a commit */
const KEEP_LOADED = 4096

type ObjKind = 's' | 'b' | 'a' | 'y' | 'm'

export class Heap {
  private readonly idOf = new Map<object, number>()
  private readonly objOf = new Map<number, object>()
  /** each object's encoding as last committed (or loaded): a commit writes only objects whose encoding differs */
  private readonly committed = new Map<number, unknown>()
  private inProgress = new Set<number>()

  constructor (
    readonly cache: BlockCache,
    readonly types: TypeTable,
    public objectsRoot: CID | null,
    public next: number
  ) {}

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
    const raw = hamtGet(this.cache, this.objectsRoot, idKey(id))
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
          const p = payload as { h: CID, n: number, s: number }
          ;(gm as any).m = new LazyMap(this, gm, t!, p.h, p.n, p.s)
        }
        break
      }
      default: throw new VMError('ERR_STATE_CORRUPT', `object ${id} has unknown kind ${String(kind)}`)
    }
    this.committed.set(id, raw)
    return obj
  }

  /** sets the variables from an encoded state root's `vars` */
  loadVars (vars: VarSlot[], encoded: Record<string, unknown>): void {
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
  async commit (vars: VarSlot[], store: BlockStore): Promise<{ vars: Record<string, unknown>, objectsRoot: CID | null, next: number, written: number }> {
    const walk = new Walk(this)
    for (const slot of vars) walk.value(slot.get(), slot.type, VARS, slot.name)
    walk.finish()
    // ids for new objects, in the order the walk met them
    for (const o of walk.objects) if (!this.idOf.has(o.obj)) { const id = this.next++; this.idOf.set(o.obj, id); this.objOf.set(id, o.obj) }
    const enc = new Encoder(this, walk)
    // small maps that grew large move to their own HAMT; lazy maps write their changed entries
    for (const o of walk.objects) {
      if (o.kind !== 'm') continue
      const gm = o.obj as GoMap
      if (!(gm.m instanceof LazyMap) && gm.m.size > LARGE_MAP && persistableKey(o.type.key!)) {
        ;(gm as any).m = LazyMap.fromEntries(this, gm, o.type)
      }
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
      await batch.set(idKey(id), value)
      this.committed.set(id, value)
      written++
    }
    // objects no longer reachable leave the table — when the walk saw everything reachable, i.e.
    // no large map holds references in entries that were not loaded
    const reached = new Set(walk.objects.map(o => this.idOf.get(o.obj)!))
    const refsOutOfSight = walk.objects.some(o => o.kind === 'm' && (o.obj as GoMap).m instanceof LazyMap && !(isPlain(o.type.key!) && isPlain(o.type.elem!)))
    if (!refsOutOfSight) {
      for (const id of [...this.committed.keys()]) {
        if (reached.has(id)) continue
        await batch.delete(idKey(id))
        this.committed.delete(id)
        const o = this.objOf.get(id)
        this.objOf.delete(id)
        if (o !== undefined) this.idOf.delete(o)
        written++
      }
    }
    if (written > 0 || table === null) table = await batch.commit()
    this.objectsRoot = table.root
    return { vars: out, objectsRoot: this.objectsRoot, next: this.next, written }
  }

  idFor (o: object): number | undefined { return this.idOf.get(o) }
  refOf (o: object): number {
    const id = this.idOf.get(o)
    if (id === undefined) throw new Error('vm: object without an id')
    return id
  }

  beginObject (id: number): boolean {
    if (this.inProgress.has(id)) return false
    this.inProgress.add(id)
    return true
  }
}

interface Ref { '@': number, p?: Array<string | number> }

interface FoundObject { obj: object, kind: ObjKind, type: RType }

/**
 * Pass 1 of a commit: every object reachable from the variables (through loaded data), and for
 * every aggregate held by value, where it is (so a pointer to it becomes an id and a path).
 */
class Walk {
  readonly objects: FoundObject[] = []
  readonly seen = new Set<object>()
  readonly place = new Map<object, Place>()
  private readonly pointed: Array<{ obj: object, type: RType }> = []

  constructor (readonly heap: Heap) {}

  value (v: any, t: RType, parent: object | null, step: string | number): void {
    if (v === undefined) return // a backing array's slot past every slice's length: a zero value
    switch (t.kind) {
      case 'struct':
        if (parent !== null && !this.place.has(v)) this.place.set(v, { parent, step })
        for (const f of t.fields) this.value(v[f.js], f.type, v, f.js)
        return
      case 'array': {
        if (parent !== null && !this.place.has(v)) this.place.set(v, { parent, step })
        const e = t.elem!
        if (isPlain(e)) return
        for (let i = 0; i < v.length; i++) this.value(v[i], e, v, i)
        return
      }
      case 'ptr': {
        if (v === null) return
        const e = t.elem!
        if (e.kind === 'struct' || e.kind === 'array') this.pointed.push({ obj: v, type: e })
        else if (v instanceof Box) this.add(v, 'b', e)
        else if (v instanceof ElemPtr) this.container(v.a)
        else if (v instanceof FieldPtr) this.container(v.o)
        return
      }
      case 'slice':
        if (v.a === null) return
        if (v.a instanceof Uint8Array) this.add(v.a, 'y', t)
        else this.add(v.a, 'a', t.elem!)
        return
      case 'map': if (v !== null) this.add(v, 'm', t); return
      case 'interface':
        if (v !== null) this.value((v as Iface).v, (v as Iface).t, null, 0)
        return
      case 'func':
        if (v !== null) throw new VMError('ERR_STATE_FUNC', 'a func value cannot be kept in service state')
        return
      case 'chan': case 'unsafe.Pointer':
        throw new VMError('ERR_STATE_TYPE', `a value of type ${t.str} cannot be kept in service state`)
      default:
    }
  }

  /** an ElemPtr/FieldPtr target: its container must be in the state too */
  private container (o: any): void {
    if (o instanceof Uint8Array) return // only reachable through a slice, which adds it
    if (!this.seen.has(o) && !this.place.has(o)) this.pending.push(o)
  }

  private readonly pending: object[] = []

  private add (obj: object, kind: ObjKind, type: RType): void {
    if (this.seen.has(obj)) return
    this.seen.add(obj)
    this.objects.push({ obj, kind, type })
    switch (kind) {
      case 'b': this.value((obj as Box).v, type, obj, 'v'); break
      case 'a': {
        if (isPlain(type)) break
        const a = obj as any[]
        for (let i = 0; i < a.length; i++) this.value(a[i], type, a, i)
        break
      }
      case 's': {
        if (type.kind === 'struct') for (const f of type.fields) this.value((obj as any)[f.js], f.type, obj, f.js)
        else if (!isPlain(type.elem!)) { const a = obj as any[]; for (let i = 0; i < a.length; i++) this.value(a[i], type.elem!, a, i) }
        break
      }
      case 'm': {
        const gm = obj as GoMap
        if (isPlain(type.key!) && isPlain(type.elem!)) break // nothing reachable through the entries
        const entries = gm.m instanceof LazyMap ? gm.m.loadedEntries() : gm.m.entries()
        for (const [h, v] of entries) {
          if (gm.keys !== null) this.value(gm.keys.get(h), type.key!, null, 0)
          this.value(v, type.elem!, null, 0)
        }
        break
      }
      default:
    }
  }

  /** pointed-to aggregates without a place of their own become objects (until nothing changes) */
  finish (): void {
    for (let i = 0; i < this.pointed.length; i++) {
      const { obj, type } = this.pointed[i]
      if (this.place.has(obj) || this.seen.has(obj)) continue
      this.add(obj, 's', type)
    }
    for (const o of this.pending) {
      if (!this.place.has(o) && !this.seen.has(o)) throw new VMError('ERR_STATE_POINTER', 'state holds a pointer into a value that is not itself in the state')
    }
    // an aggregate that became an object before its container was found stays an object: the
    // container's encoding refers to it by position, and a pointer to it by its id; both decode
    // to the same JS object only if one wins, so the container wins
    for (const o of this.objects) if (o.kind === 's' && this.place.has(o.obj)) this.seen.delete(o.obj)
    const kept = this.objects.filter(o => !(o.kind === 's' && this.place.has(o.obj)))
    this.objects.length = 0
    this.objects.push(...kept)
  }
}

/** Pass 2 of a commit: values and objects as IPLD. */
class Encoder {
  constructor (private readonly heap: Heap, private readonly walk: Walk) {}

  value (v: any, t: RType): unknown {
    if (v === undefined) v = t.zero() // a slot past every slice's length holds the zero value
    switch (t.kind) {
      case 'bool': return v
      case 'int': case 'int8': case 'int16': case 'int32': case 'int64': case 'uint': case 'uint8':
      case 'uint16': case 'uint32': case 'uint64': case 'uintptr': return v
      case 'float32': case 'float64': return encodeFloat(v)
      case 'complex64': case 'complex128': return [encodeFloat((v as Complex).re), encodeFloat((v as Complex).im)]
      case 'string': return encodeString(v)
      case 'array': {
        const e = t.elem!
        return dense(v as any[], x => this.value(x, e))
      }
      case 'struct': return t.fields.map(f => this.value(v[f.js], f.type))
      case 'ptr': {
        if (v === null) return null
        const e = t.elem!
        if (e.kind === 'struct' || e.kind === 'array') return this.location(v)
        if (v instanceof Box) return { '@': this.heap.refOf(v) }
        if (v instanceof ElemPtr) return this.extend(this.location(v.a), v.i)
        if (v instanceof FieldPtr) return this.extend(this.location(v.o), v.k)
        throw new VMError('ERR_STATE_POINTER', `cannot keep a pointer of type ${t.str} in state`)
      }
      case 'slice': return v.a === null ? null : { '@': this.heap.refOf(v.a), o: v.off, l: v.len, c: v.cap }
      case 'map': return v === null ? null : { '@': this.heap.refOf(v) }
      case 'interface': return v === null ? null : [typeKey((v as Iface).t), this.value((v as Iface).v, (v as Iface).t)]
      default: return null // func nil (others were refused by the walk)
    }
  }

  private extend (r: Ref, step: string | number): Ref {
    return { '@': r['@'], p: [...(r.p ?? []), step] }
  }

  /** an aggregate's place: its own object id, or its container's place plus a step */
  private location (o: object): Ref {
    const id = this.heap.idFor(o)
    if (id !== undefined && this.walk.seen.has(o)) return { '@': id }
    const pl = this.walk.place.get(o)
    if (pl === undefined) throw new VMError('ERR_STATE_POINTER', 'state holds a pointer to a value that is not in the state')
    if (pl.parent === VARS) throw new VMError('ERR_STATE_POINTER', `state holds a pointer to package variable ${String(pl.step)}: keep the variable behind a pointer (var v = &T{})`)
    return this.extend(this.location(pl.parent), pl.step)
  }

  object (o: FoundObject): unknown {
    const t = o.type
    switch (o.kind) {
      case 'y': return ['y', '', (o.obj as Uint8Array).slice()]
      case 'b': return ['b', typeKey(t), this.value((o.obj as Box).v, t)]
      case 'a': return ['a', typeKey(t), dense(o.obj as any[], x => this.value(x, t))]
      case 's': return ['s', typeKey(t), this.value(o.obj, t)]
      case 'm': {
        const gm = o.obj as GoMap
        if (gm.m instanceof LazyMap) return ['m', typeKey(t), gm.m.descriptor()]
        const entries: unknown[] = []
        for (const [h, v] of gm.m) entries.push([this.value(gm.keys !== null ? gm.keys.get(h) : h, t.key!), this.value(v, t.elem!)])
        return ['m', typeKey(t), entries]
      }
    }
  }

  /** a map entry's value and key as stored in a large map's HAMT */
  entry (gm: GoMap, t: RType, h: any, v: any, seq: number): unknown {
    const e: unknown[] = [seq, this.value(v, t.elem!)]
    if (gm.keys !== null) e.push(this.value(gm.keys.get(h), t.key!))
    return e
  }
}

/** f over every slot of a, holes included (Array.prototype.map skips holes) */
function dense (a: any[], f: (x: any) => unknown): unknown[] {
  const out = new Array<unknown>(a.length)
  for (let i = 0; i < a.length; i++) out[i] = f(a[i])
  return out
}

/** values with no references inside: a walk can skip them */
function isPlain (t: RType): boolean {
  switch (t.kind) {
    case 'ptr': case 'slice': case 'map': case 'interface': case 'func': case 'chan': return false
    case 'array': return isPlain(t.elem!)
    case 'struct': return t.fields.every(f => isPlain(f.type))
    default: return true
  }
}

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

let keyOfFn: ((t: RType, v: any) => any) | null = null
export function keyOfValue (gm: GoMap, k: any): any {
  if (keyOfFn === null) throw new Error('vm: keyOf not bound')
  return keyOfFn(gm.keyType!, k)
}
export function bindKeyOf (f: (t: RType, v: any) => any): void { keyOfFn = f }

export function idKey (id: number): Uint8Array {
  const b = new Uint8Array(8)
  new DataView(b.buffer).setBigUint64(0, BigInt(id))
  return b
}

function encodeFloat (v: number): unknown {
  if (Number.isNaN(v)) return { f: 'NaN' }
  if (v === Infinity) return { f: '+Inf' }
  if (v === -Infinity) return { f: '-Inf' }
  if (Object.is(v, -0)) return { f: '-0' }
  return v
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

const utf8 = new TextDecoder('utf-8', { fatal: true })
/** Go strings are byte strings (char codes 0..255): text when valid UTF-8, else bytes */
function encodeString (s: string): unknown {
  const b = new Uint8Array(s.length)
  let ascii = true
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); b[i] = c; if (c > 0x7f) ascii = false }
  if (ascii) return s
  try { return utf8.decode(b) } catch { return b }
}
function decodeString (v: unknown): string {
  if (v instanceof Uint8Array) { let s = ''; for (const c of v) s += String.fromCharCode(c); return s }
  const s = v as string
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      const b = new TextEncoder().encode(s)
      let out = ''
      for (const c of b) out += String.fromCharCode(c)
      return out
    }
  }
  return s
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

