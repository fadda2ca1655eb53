/**
 * GetObject: a service's state by selector (`posts`, `posts[3].Title`, `balances["12D3…"]`),
 * as JSON with its Go type. Pointers are followed; a value met again on the way is shown as
 * `{"$seen": "<type>"}`; collections show their first MAX_ITEMS elements and their length; a
 * large map shows only the entries loaded so far (select one by key to read it).
 */
import { Box, ElemPtr, FieldPtr, GoMap, Iface, Slice, goString, jsString, basic, type RType } from '../lang/index.ts'
import type { ServiceInstance } from './instance.ts'
import type { StateView } from './types.ts'
import { LazyMap } from './lazy-map.ts'
import { keyOfValue } from './heap.ts'
import { VMError } from './errors.ts'

const basicFloat = basic('float64')

const MAX_ITEMS = 100
const MAX_DEPTH = 8

type Step = { field: string } | { index: string }

export function viewState (inst: ServiceInstance, selector: string): StateView {
  const steps = parseSelector(selector)
  if (steps.length === 0) {
    const value: Record<string, unknown> = {}
    for (const v of inst.vars) value[v.name] = view(v.get(), v.type, 1, new Set())
    return { type: 'package ' + inst.path, value }
  }
  const first = steps[0]
  if (!('field' in first)) throw bad(selector, 'a selector starts with a variable name')
  const slot = inst.vars.find(v => v.name === first.field)
  if (slot === undefined) throw new VMError('ERR_NOT_FOUND', `${inst.path} has no package variable ${first.field}`)
  let t = slot.type
  let v = slot.get()
  for (const s of steps.slice(1)) {
    ;({ v, t } = deref(v, t))
    if ('field' in s) {
      if (t.kind !== 'struct') throw bad(selector, `.${s.field} on a value of type ${t.str}`)
      const f = t.fields.find(x => x.name === s.field)
      if (f === undefined) throw new VMError('ERR_NOT_FOUND', `type ${t.str} has no field ${s.field}`)
      v = v[f.js]
      t = f.type
    } else if (t.kind === 'map') {
      const k = parseKey(s.index, t.key!, selector)
      const m = v as GoMap | null
      const h = m === null ? undefined : m.keys !== null ? keyOfValue(m, k) : k
      if (m === null || !m.m.has(h)) throw new VMError('ERR_NOT_FOUND', `no entry ${s.index} in the map`)
      v = m.m.get(h)
      t = t.elem!
    } else if (t.kind === 'slice' || t.kind === 'array') {
      const i = Number(s.index)
      const len = t.kind === 'slice' ? (v as Slice).len : t.len
      if (!Number.isInteger(i) || i < 0 || i >= len) throw new VMError('ERR_NOT_FOUND', `index ${s.index} out of range [0:${len}]`)
      v = t.kind === 'slice' ? (v as Slice).a[(v as Slice).off + i] : v[i]
      t = t.elem!
    } else throw bad(selector, `[${s.index}] on a value of type ${t.str}`)
  }
  return { type: t.str, value: view(v, t, 0, new Set()) }
}

function deref (v: any, t: RType): { v: any, t: RType } {
  while (t.kind === 'ptr' || t.kind === 'interface') {
    if (v === null) throw new VMError('ERR_NOT_FOUND', `nil ${t.str}`)
    if (t.kind === 'interface') { const i = v as Iface; v = i.v; t = i.t; continue }
    const e = t.elem!
    v = e.kind === 'struct' || e.kind === 'array' ? v : (v as Box | ElemPtr | FieldPtr).get()
    t = e
  }
  return { v, t }
}

function view (v: any, t: RType, depth: number, seen: Set<object>): unknown {
  switch (t.kind) {
    case 'bool': return v
    case 'int64': case 'uint64': return String(v)
    case 'int': case 'int8': case 'int16': case 'int32': case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uintptr':
      return typeof v === 'bigint' ? String(v) : v
    case 'float32': case 'float64': return Number.isFinite(v) ? v : String(v)
    case 'complex64': case 'complex128': return [view(v.re, basicFloat, depth, seen), view(v.im, basicFloat, depth, seen)]
    case 'string': return jsString(v)
    case 'func': return v === null ? null : 'func'
    default:
  }
  if (v === null) return null
  if (depth > MAX_DEPTH) return { $more: t.str }
  switch (t.kind) {
    case 'struct': {
      if (seen.has(v)) return { $seen: t.str }
      seen.add(v)
      const o: Record<string, unknown> = {}
      for (const f of t.fields) o[f.name] = view(v[f.js], f.type, depth + 1, seen)
      seen.delete(v)
      return o
    }
    case 'ptr': {
      const e = t.elem!
      return view(e.kind === 'struct' || e.kind === 'array' ? v : (v as Box).get(), e, depth + 1, seen)
    }
    case 'array': return (v as any[]).slice(0, MAX_ITEMS).map(x => view(x, t.elem!, depth + 1, seen))
    case 'slice': {
      const s = v as Slice
      if (s.a === null) return null
      const out: unknown[] = []
      for (let i = 0; i < Math.min(s.len, MAX_ITEMS); i++) out.push(view(s.a[s.off + i], t.elem!, depth + 1, seen))
      return s.len > MAX_ITEMS ? { len: s.len, items: out } : out
    }
    case 'map': {
      const m = v as GoMap
      const entries = m.m instanceof LazyMap ? m.m.loadedEntries() : m.m.entries()
      const out: unknown[] = []
      for (const [h, x] of entries) {
        if (out.length >= MAX_ITEMS) break
        out.push({ key: view(m.keys !== null ? m.keys.get(h) : h, t.key!, depth + 1, seen), value: view(x, t.elem!, depth + 1, seen) })
      }
      return m.m instanceof LazyMap || m.size > MAX_ITEMS ? { len: m.size, entries: out } : out
    }
    case 'interface': {
      const i = v as Iface
      return { type: i.t.str, value: view(i.v, i.t, depth + 1, seen) }
    }
    default: return t.str
  }
}

function parseSelector (sel: string): Step[] {
  const steps: Step[] = []
  const re = /\s*(?:\.?([A-Za-z_][A-Za-z0-9_]*)|\[\s*("(?:\\.|[^"\\])*"|-?[0-9]+|true|false)\s*\])/y
  let at = 0
  while (at < sel.length) {
    re.lastIndex = at
    const m = re.exec(sel)
    if (m === null) throw bad(sel, `unexpected ${JSON.stringify(sel.slice(at, at + 10))}`)
    steps.push(m[1] !== undefined ? { field: m[1] } : { index: m[2] })
    at = re.lastIndex
  }
  return steps
}

function parseKey (lit: string, t: RType, sel: string): any {
  switch (t.kind) {
    case 'string': {
      if (!lit.startsWith('"')) throw bad(sel, `a ${t.str} key is a quoted string`)
      return goString(JSON.parse(lit) as string)
    }
    case 'bool': return lit === 'true'
    case 'int64': case 'uint64': return BigInt(lit)
    case 'int': case 'int8': case 'int16': case 'int32': case 'uint': case 'uint8': case 'uint16': case 'uint32': {
      const n = Number(lit)
      if (!Number.isSafeInteger(n)) throw bad(sel, `${lit} is not a ${t.str}`)
      return n
    }
    default: throw bad(sel, `maps keyed by ${t.str} cannot be selected by key`)
  }
}

function bad (sel: string, why: string): VMError {
  return new VMError('ERR_BAD_SELECTOR', `selector ${JSON.stringify(sel)}: ${why}`)
}
