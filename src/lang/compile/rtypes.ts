/**
 * Runtime type descriptors (`$T…`): the values reflection, `%T`, type assertions and interface
 * method tables use, one per distinct type, with their method tables filled at the end.
 */
import * as T from '../types/types.ts'
import type { Func } from '../types/objects.ts'
import { typeKey } from '../types/identity.ts'
import { methodSet } from '../types/lookup.ts'
import { under, isAgg, isIface, defaultType } from './typeinfo.ts'
import type { Ctx } from './context.ts'
import { funcRef } from './functions.ts'
import { sub } from './generics.ts'
import { fieldJs } from './names.ts'
import { structClass } from './values.ts'

/** the type as Go's runtime (reflect, %T, panics) spells it: `interface {}`, `struct { A int }`, `int32` for rune */
export function typeStr (cx: Ctx, t: T.Type): string {
  return rtString(t)
}

/** the JS name of the runtime type descriptor of t */
export function rtype (cx: Ctx, t0: T.Type): string {
  const t = sub(cx, t0)
  const key = typeKey(t)
  const have = cx.rtypes.get(key)
  if (have !== undefined) return have
  const name = '$T' + String(cx.rtypes.size)
  cx.rtypes.set(key, name)
  const u = under(t)
  const str = JSON.stringify(typeStr(cx, t === T.Typ.UntypedNil ? t : defaultType(t)))
  const named = t.kind === 'named'
  const nameInit = named ? `name: ${JSON.stringify(t.obj?.name ?? '')}, pkg: ${JSON.stringify(t.obj?.pkg?.path ?? '')}, ` : ''
  let decl: string
  switch (u.kind) {
    case 'basic': {
      const k = defaultType(u) as T.Basic
      const kind = k.basicKind === T.BasicKind.UnsafePointer ? 'unsafe.Pointer' : k.basicKind === T.BasicKind.UntypedNil ? 'nil' : (T.basicByKind[k.basicKind]).name
      decl = `const ${name} = newType(${JSON.stringify(kind)}, ${str}, {${nameInit}});`
      break
    }
    case 'pointer': decl = `const ${name} = newType("ptr", ${str}, {${nameInit}});`; cx.typeDecls.push(decl); cx.typeDecls.push(`${name}.elem = ${rtype(cx, u.elem)};`); decl = ''; break
    case 'slice': decl = `const ${name} = newType("slice", ${str}, {${nameInit}});`; cx.typeDecls.push(decl); cx.typeDecls.push(`${name}.elem = ${rtype(cx, u.elem)};`); decl = ''; break
    case 'array': decl = `const ${name} = newType("array", ${str}, {${nameInit}len: ${u.len}});`; cx.typeDecls.push(decl); cx.typeDecls.push(`${name}.elem = ${rtype(cx, u.elem)};`); decl = ''; break
    case 'chan': decl = `const ${name} = newType("chan", ${str}, {${nameInit}});`; break
    case 'map': decl = `const ${name} = newType("map", ${str}, {${nameInit}});`; cx.typeDecls.push(decl); cx.typeDecls.push(`${name}.key = ${rtype(cx, u.key)}; ${name}.elem = ${rtype(cx, u.elem)};`); decl = ''; break
    case 'signature': {
      cx.typeDecls.push(`const ${name} = newType("func", ${str}, {${nameInit}variadic: ${String(u.variadic)}});`)
      const ps = u.params.vars.map(p => rtype(cx, p.type))
      const rs = u.results.vars.map(r => rtype(cx, r.type))
      cx.typeDecls.push(`${name}.params = [${ps.join(', ')}]; ${name}.results = [${rs.join(', ')}];`)
      decl = ''
      break
    }
    case 'interface': {
      const ms = methodSet(u).slice().sort((a, b) => a.obj.name < b.obj.name ? -1 : a.obj.name > b.obj.name ? 1 : 0)
      decl = `const ${name} = newType("interface", ${str}, {${nameInit}imethods: ${JSON.stringify(ms.map(m => m.obj.name))}, isigs: ${JSON.stringify(ms.map(m => sigId(cx, m.obj.type)))}});`
      break
    }
    case 'struct': {
      cx.typeDecls.push(`const ${name} = newType("struct", ${str}, {${nameInit}});`)
      const cls = structClass(cx, u)
      const fields = u.fields.map((f, i) => `{ name: ${JSON.stringify(f.name)}, js: ${JSON.stringify(fieldJs(f.name, i))}, type: ${rtype(cx, f.type)}, embedded: ${String(f.embedded)}, exported: ${String(/^[A-Z]/.test(f.name))} }`)
      cx.typeDecls.push(`${name}.fields = [${fields.join(', ')}]; ${name}.ctor = ${cls};`)
      decl = ''
      break
    }
    default: decl = `const ${name} = newType("nil", ${str}, {});`
  }
  if (decl !== '') cx.typeDecls.push(decl)
  // method tables (filled at the end, once every function exists)
  if (named || (t.kind === 'pointer' && t.elem.kind === 'named')) fillMethods(cx, t, name)
  return name
}

/** a small number identifying a method signature (interfaces match methods by name and signature) */
function sigId (cx: Ctx, t: T.Type): number {
  const k = typeKey(sub(cx, t))
  let id = cx.sigIds.get(k)
  if (id === undefined) { id = cx.sigIds.size + 1; cx.sigIds.set(k, id) }
  return id
}

function fillMethods (cx: Ctx, t: T.Type, name: string): void {
  if (isIface(t)) return
  const ms = methodSet(t)
  for (const m of ms) {
    const fn = methodImpl(cx, t, m.obj, m.index)
    if (fn !== null) cx.methodFills.push(`${name}.methods[${JSON.stringify(m.obj.name)}] = ${fn}; ${name}.msigs[${JSON.stringify(m.obj.name)}] = ${sigId(cx, m.obj.type)};`)
  }
}

/** a function (recv, ...args) calling method f of type t found through embedding path `index` */
export function methodImpl (cx: Ctx, t: T.Type, f: Func, index: number[]): string | null {
  const target = funcRef(cx, f)
  if (target === null && index.length < 2) return null
  // walk embedded fields
  let cur = t
  let expr = 'r'
  for (let i = 0; i < index.length - 1; i++) {
    const isPtr = cur.kind === 'pointer' || under(cur).kind === 'pointer'
    let st: T.Type = isPtr ? (under(cur) as T.Pointer).elem : cur
    if (isPtr && !isAgg(st)) { expr = `${expr}.get()`; st = (under(cur) as T.Pointer).elem }
    const s = under(st) as T.Struct
    const fld = s.fields[index[i]]
    expr = `${expr}.${fieldJs(fld.name, index[i])}`
    cur = fld.type
  }
  if (isIface(cur)) return `(r, ...a) => { const i = ${expr} ?? nilDeref(); return i.t.methods[${JSON.stringify(f.name)}](i.v, ...a); }`
  const sig = f.type as T.Signature
  const wantPtr = sig.recv !== null && sig.recv.type.kind === 'pointer'
  const havePtr = under(cur).kind === 'pointer'
  const elem = havePtr ? (under(cur) as T.Pointer).elem : cur
  if (!wantPtr && havePtr && !isAgg(elem)) expr = `${expr}.get()`
  if (wantPtr && !havePtr && !isAgg(elem)) return null // not in the method set of a value
  if (expr === 'r') return target
  return `(r, ...a) => ${target}(${expr}, ...a)`
}

/** reflect-style type string */
function rtString (t: T.Type): string {
  switch (t.kind) {
    case 'basic': {
      if (t.basicKind === T.BasicKind.UntypedNil) return 'nil'
      const d = defaultType(t) as T.Basic
      if (d.basicKind === T.BasicKind.UnsafePointer) return 'unsafe.Pointer'
      return T.basicByKind[d.basicKind].name
    }
    case 'named': {
      const o = t.obj
      if (o === null) return '?'
      if (o.pkg === null) return o.name // error, comparable
      let s = o.pkg.name + '.' + o.name
      if (t.typeArgs.length > 0) s += '[' + t.typeArgs.map(rtString).join(',') + ']'
      return s
    }
    case 'pointer': return '*' + rtString(t.elem)
    case 'slice': return '[]' + rtString(t.elem)
    case 'array': return `[${t.len}]` + rtString(t.elem)
    case 'map': return `map[${rtString(t.key)}]${rtString(t.elem)}`
    case 'chan': return (t.dir === T.ChanDir.RecvOnly ? '<-chan ' : t.dir === T.ChanDir.SendOnly ? 'chan<- ' : 'chan ') + rtString(t.elem)
    case 'signature': {
      let s = 'func(' + t.params.vars.map((v, i) => (t.variadic && i === t.params.vars.length - 1 ? '...' + rtString((v.type as T.Slice).elem) : rtString(v.type))).join(', ') + ')'
      const r = t.results.vars
      if (r.length === 1) s += ' ' + rtString(r[0].type)
      else if (r.length > 1) s += ' (' + r.map(v => rtString(v.type)).join(', ') + ')'
      return s
    }
    case 'interface': {
      const ms = methodSet(t)
      if (ms.length === 0) return 'interface {}'
      return 'interface { ' + ms.map(m => m.obj.name + rtString(m.obj.type).slice(4)).join('; ') + ' }'
    }
    case 'struct': {
      if (t.fields.length === 0) return 'struct {}'
      return 'struct { ' + t.fields.map((f, i) => {
        const tag = t.tag(i) !== '' ? ' ' + JSON.stringify(t.tag(i)) : ''
        return (f.embedded ? rtString(f.type) : f.name + ' ' + rtString(f.type)) + tag
      }).join('; ') + ' }'
    }
    case 'tuple': return '(' + t.vars.map(v => rtString(v.type)).join(', ') + ')'
    case 'typeparam': return t.obj.name
    default: return '?'
  }
}
