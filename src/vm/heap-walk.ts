/**
 * Encoding a service's heap (protocols/state.md §5): pass 1 (Walk) finds every object reachable from
 * the variables through what is loaded, and where each by-value aggregate sits; pass 2 (Encoder)
 * turns values and objects into IPLD.
 */
import { Box, Complex, ElemPtr, FieldPtr, GoMap, Iface, strToBytes, STATE_GAS_PER_OBJECT, type RType } from '../lang/index.ts'
import { LazyMap } from './lazy-map.ts'
import { typeKey } from './type-key.ts'
import { VMError } from './errors.ts'
import type { Heap } from './heap.ts'

/** where a by-value aggregate lives: inside `parent` (an object, or VARS) at `step` */
interface Place { parent: object, step: string | number }
export const VARS = Object.freeze({ vars: true })
export type ObjKind = 's' | 'b' | 'a' | 'y' | 'm'

export interface Ref { '@': number, p?: Array<string | number> }

/** the payload of a large map's object: its entries are listed in the state root */
export const LARGE = { large: true }

export interface FoundObject { obj: object, kind: ObjKind, type: RType }

/**
 * Pass 1 of a commit: every object reachable from the variables (through loaded data), and for
 * every aggregate held by value, where it is (so a pointer to it becomes an id and a path).
 */
export class Walk {
  readonly objects: FoundObject[] = []
  readonly seen = new Set<object>()
  readonly place = new Map<object, Place>()
  private readonly pointed: Array<{ obj: object, type: RType }> = []

  /** `meter` is charged for each object the walk meets (a commit's walk is priced: protocols/gas.md) */
  constructor (readonly heap: Heap, private readonly meter: (gas: number) => void = () => {}) {}

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
        if (v === null || v.a === null) return
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
    this.meter(STATE_GAS_PER_OBJECT + (Array.isArray(obj) ? obj.length : obj instanceof Uint8Array ? obj.length >> 4 : 0))
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
export class Encoder {
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
      // null: the zero a backing array's slot past every length stands for (RType.zero of a slice type)
      case 'slice': return v === null || v.a === null ? null : { '@': this.heap.refOf(v.a), o: v.off, l: v.len, c: v.cap }
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
        if (gm.m instanceof LazyMap) return ['m', typeKey(t), LARGE]
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
export function dense (a: any[], f: (x: any) => unknown): unknown[] {
  const out = new Array<unknown>(a.length)
  for (let i = 0; i < a.length; i++) out[i] = f(a[i])
  return out
}

/** values with no references inside: a walk can skip them */
export function isPlain (t: RType): boolean {
  switch (t.kind) {
    case 'ptr': case 'slice': case 'map': case 'interface': case 'func': case 'chan': return false
    case 'array': return isPlain(t.elem!)
    case 'struct': return t.fields.every(f => isPlain(f.type))
    default: return true
  }
}

export function encodeFloat (v: number): unknown {
  if (Number.isNaN(v)) return { f: 'NaN' }
  if (v === Infinity) return { f: '+Inf' }
  if (v === -Infinity) return { f: '-Inf' }
  if (Object.is(v, -0)) return { f: '-0' }
  return v
}
const utf8 = new TextDecoder('utf-8', { fatal: true })
/** Go strings are byte strings (char codes 0..255): text when valid UTF-8, else bytes */
export function encodeString (s: string): unknown {
  // eslint-disable-next-line no-control-regex -- every ASCII byte, control characters included
  if (/^[\x00-\x7f]*$/.test(s)) return s
  const b = strToBytes(s)
  try { return utf8.decode(b) } catch { return b }
}
