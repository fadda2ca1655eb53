/**
 * How Go values are laid out in JS: struct classes (`$S…`), copies, equality, zero values and
 * sizes (for append's growth and the memory limit).
 */
import * as T from '../types/types.ts'
import { typeKey } from '../types/identity.ts'
import { rep, under, isAgg, isComplexRep } from './typeinfo.ts'
import type { Ctx } from './context.ts'
import { sub } from './generics.ts'
import { fieldJs } from './names.ts'
import { rtype } from './rtypes.ts'

export function structClass (cx: Ctx, s: T.Struct): string {
  const key = typeKey(s)
  const have = cx.structClasses.get(key)
  if (have !== undefined) return have
  const name = '$S' + String(cx.structClasses.size)
  cx.structClasses.set(key, name)
  const fs = s.fields.map((f, i) => fieldJs(f.name, i))
  const params = fs.map((_, i) => 'a' + String(i))
  const cl = s.fields.map((f, i) => isAgg(f.type) ? cloneExpr(cx, f.type, `this.${fs[i]}`) : `this.${fs[i]}`)
  const eq = s.fields.map((f, i) => eqExpr(cx, f.type, `this.${fs[i]}`, `o.${fs[i]}`)).join(' && ')
  const set = s.fields.map((f, i) => `this.${fs[i]} = ${isAgg(f.type) ? cloneExpr(cx, f.type, `o.${fs[i]}`) : `o.${fs[i]}`};`).join(' ')
  cx.typeDecls.push(`class ${name} { constructor(${params.join(', ')}) { if (($mem -= ${Math.max(sizeOf(s), 8)}) < 0) $oom(); ${fs.map((f, i) => `this.${f} = a${i};`).join(' ')} }
  $clone() { return new ${name}(${cl.join(', ')}); }
  $set(o) { ${set} }
  $eq(o) { return ${eq === '' ? 'true' : eq}; } }`)
  return name
}

export function cloneExpr (cx: Ctx, t: T.Type, x: string): string {
  const u = under(t)
  if (u.kind === 'struct') return `${x}.$clone()`
  if (u.kind === 'array') {
    if (isAgg(u.elem)) return `${x}.map(e => ${cloneExpr(cx, u.elem, 'e')})`
    return `${x}.slice()`
  }
  return x
}

export function eqExpr (cx: Ctx, t: T.Type, a: string, b: string): string {
  const u = under(t)
  switch (u.kind) {
    case 'struct': return `${a}.$eq(${b})`
    case 'array': case 'interface': return `equal(${rtype(cx, t)}, ${a}, ${b})`
    case 'basic': if (isComplexRep(rep(u))) return `ceq(${a}, ${b})`; return `${a} === ${b}`
    default: return `${a} === ${b}`
  }
}

/** JS expression for the zero value of t */
export function zero (cx: Ctx, t0: T.Type): string {
  const t = sub(cx, t0)
  const u = under(t)
  switch (u.kind) {
    case 'basic': {
      const r = rep(u)
      if (r === 'bool') return 'false'
      if (r === 'string') return '""'
      if (r === 'big' || r === 'ubig') return '0n'
      if (r === 'nil') return 'null'
      if (r === 'c128' || r === 'c64') return 'CZERO'
      if (r === 'ptr') return 'null'
      return '0'
    }
    case 'slice': return 'NIL_SLICE'
    case 'struct': {
      const cls = structClass(cx, u)
      return `new ${cls}(${u.fields.map(f => zero(cx, f.type)).join(', ')})`
    }
    case 'array': {
      if (isAgg(u.elem)) return `Array.from({length: ${u.len}}, () => ${zero(cx, u.elem)})`
      return `new Array(${u.len}).fill(${zero(cx, u.elem)})`
    }
    default: return 'null'
  }
}

export function zeroFn (cx: Ctx, t: T.Type): string { return `() => ${zero(cx, t)}` }

export function needsKeyOf (t: T.Type): boolean {
  const r = rep(t)
  return r === 'struct' || r === 'array' || r === 'iface' || r === 'f64' || r === 'f32' || r === 'c128' || r === 'c64'
}

/** size in bytes of a value of type t on amd64 (for append's capacity growth) */
export function sizeOf (t: T.Type): number { return layout(t)[0] }

export function layout (t: T.Type): [number, number] {
  const u = under(t)
  switch (u.kind) {
    case 'basic': {
      switch (rep(u)) {
        case 'bool': case 'i8': case 'u8': return [1, 1]
        case 'i16': case 'u16': return [2, 2]
        case 'i32': case 'u32': case 'f32': return [4, 4]
        case 'c64': return [8, 4]
        case 'string': case 'c128': return [16, 8]
        default: return [8, 8]
      }
    }
    case 'slice': return [24, 8]
    case 'interface': return [16, 8]
    case 'array': { const [s, a] = layout(u.elem); return [s * u.len, a] }
    case 'struct': {
      let off = 0; let align = 1
      for (const f of u.fields) {
        const [s, a] = layout(f.type)
        off = Math.ceil(off / a) * a + s
        if (a > align) align = a
      }
      return [Math.ceil(off / align) * align, align]
    }
    default: return [8, 8]
  }
}
