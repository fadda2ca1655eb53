/**
 * Values crossing a service boundary (arguments of a live-import call, and its results) are
 * copied from one service's program into the other's, like a message: the receiver gets its own
 * objects, so no service can ever hold, let alone write, an object of another service's state
 * (protocols/services.md §3.5). Aliasing inside the copied value is kept; func values cannot cross.
 */
import { Box, ElemPtr, FieldPtr, GoMap, Iface, NIL_SLICE, Slice, type RType } from '../lang/index.ts'
import { typeKey, type TypeTable } from './type-key.ts'
import { keyOfValue, needsKeyOf } from './heap.ts'
import { VMError } from './errors.ts'

export class Transfer {
  private readonly memo = new Map<object, any>()
  constructor (private readonly to: TypeTable) {}

  /** the receiver's type for a sender's type (the same type compiled in the other program) */
  dest (t: RType): RType {
    return this.to.get(typeKey(t)) ?? t
  }

  copy (v: any, t: RType): any {
    switch (t.kind) {
      case 'struct': {
        const have = this.memo.get(v)
        if (have !== undefined) return have
        const d = this.dest(t)
        const o = new d.ctor()
        this.memo.set(v, o)
        t.fields.forEach((f, i) => { o[d.fields[i].js] = this.copy(v[f.js], f.type) })
        return o
      }
      case 'array': {
        const have = this.memo.get(v)
        if (have !== undefined) return have
        const out: any[] = []
        this.memo.set(v, out)
        for (const x of v as any[]) out.push(this.copy(x, t.elem!))
        return out
      }
      case 'ptr': {
        if (v === null) return null
        const e = t.elem!
        if (e.kind === 'struct' || e.kind === 'array') return this.copy(v, e)
        const have = this.memo.get(v)
        if (have !== undefined) return have
        const target = v instanceof Box ? v.v : v instanceof ElemPtr ? v.a[v.i] : v instanceof FieldPtr ? v.o[v.k] : v.get()
        const b = new Box(null)
        this.memo.set(v, b)
        b.v = this.copy(target, e)
        return b
      }
      case 'slice': {
        const s = v as Slice
        if (s.a === null) return NIL_SLICE
        if (s.a instanceof Uint8Array) return new Slice(s.a.slice(s.off, s.off + s.len), 0, s.len, s.len)
        const out: any[] = []
        for (let i = 0; i < s.len; i++) out.push(this.copy(s.a[s.off + i], t.elem!))
        return new Slice(out, 0, s.len, s.len)
      }
      case 'map': {
        if (v === null) return null
        const have = this.memo.get(v)
        if (have !== undefined) return have
        const d = this.dest(t)
        const m = new GoMap(d.key, needsKeyOf(d.key!))
        this.memo.set(v, m)
        const src = v as GoMap
        for (const [h, x] of src.m) {
          const k = this.copy(src.keys !== null ? src.keys.get(h) : h, t.key!)
          const val = this.copy(x, t.elem!)
          if (m.keys !== null) { const hk = keyOfValue(m, k); m.keys.set(hk, k); m.m.set(hk, val) } else m.m.set(k, val)
        }
        return m
      }
      case 'interface': {
        if (v === null) return null
        const i = v as Iface
        return new Iface(this.dest(i.t), this.copy(i.v, i.t))
      }
      case 'func':
        if (v === null) return null
        throw new VMError('ERR_FUNC_ACROSS_SERVICES', 'a func value cannot be passed to or returned from another service')
      case 'chan': throw new VMError('ERR_FUNC_ACROSS_SERVICES', `a value of type ${t.str} cannot cross a service boundary`)
      default: return v // basic values are immutable
    }
  }
}
