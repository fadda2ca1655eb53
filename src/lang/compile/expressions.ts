/**
 * Expressions: constants, identifiers, composite literals, indexing, slicing, unary operators,
 * and the implicit conversions of assignability (interface boxing, copies of aggregates).
 */
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import * as C from '../constant/index.ts'
import { rep, under, isAgg, isIface, isSmallInt, wrapSmall, defaultType } from './typeinfo.ts'
import { call } from './calls.ts'
import type { Ctx } from './context.ts'
import { isBoxed, isFresh } from './escape.ts'
import { useFunc, funcLit } from './functions.ts'
import { typeOf, typeAndValue, sub, instance, isGenericRef, genericRef } from './generics.ts'
import { localName, jsIdent } from './names.ts'
import { binary, shift, compareExprs } from './operators.ts'
import { selector, deref, addrOf } from './places.ts'
import { typeStr, rtype } from './rtypes.ts'
import { structClass, cloneExpr, zero, zeroFn, needsKeyOf, sizeOf } from './values.ts'

/** value of e converted for storing into a location of type `to` (interface boxing, copies) */
export function valueFor (cx: Ctx, e: ast.Expr, to: T.Type): string {
  const from = typeOf(cx, e)
  let v = expr(cx, e)
  if (isAgg(from) && !isFresh(e)) v = cloneExpr(cx, from, v)
  return convert(cx, v, from, to)
}

/** an argument: aggregates are passed as they are (a callee that modifies its parameter copies it) */
export function argValue (cx: Ctx, e: ast.Expr, to: T.Type): string {
  if (isIface(sub(cx, to))) return valueFor(cx, e, to)
  return convert(cx, expr(cx, e), typeOf(cx, e), to)
}

/** implicit conversion of JS value v from type `from` to assignable type `to` */
export function convert (cx: Ctx, v: string, from: T.Type, to: T.Type): string {
  from = sub(cx, from); to = sub(cx, to)
  if (isIface(to) && !isIface(from)) {
    if (from.kind === 'basic' && from.basicKind === T.BasicKind.UntypedNil) return 'null'
    const ft = defaultType(from)
    return `new Iface(${rtype(cx, ft)}, ${v})`
  }
  if (from.kind === 'basic' && from.basicKind === T.BasicKind.UntypedNil) return zero(cx, to)
  return v
}

/** a call returning several values (as a JS array): f(), m[k] with ok, x.(T) with ok */
export function multiExpr (cx: Ctx, e: ast.Expr): string {
  while (e.kind === 'ParenExpr') e = e.x
  if (e.kind === 'IndexExpr') {
    const u = under(typeOf(cx, e.x)) as T.MapType
    if (isAgg(u.elem)) return `((r) => r[1] ? r : [${zero(cx, u.elem)}, false])(mget2(${expr(cx, e.x)}, ${mapKey(cx, e.index, u)}, null))`
    return `mget2(${expr(cx, e.x)}, ${mapKey(cx, e.index, u)}, ${zero(cx, u.elem)})`
  }
  if (e.kind === 'TypeAssertExpr') {
    let t = typeOf(cx, e)
    if (t.kind === 'tuple') t = sub(cx, t.vars[0].type)
    if (isIface(t)) return `assertIface2(${expr(cx, e.x)}, ${rtype(cx, t)})`
    return `assertType2(${expr(cx, e.x)}, ${rtype(cx, t)}, ${zero(cx, t)})`
  }
  return expr(cx, e)
}

function constValue (cx: Ctx, v: C.Value, t0: T.Type): string {
  const t = defaultType(sub(cx, t0))
  const r = rep(t)
  if (r === 'c128' || r === 'c64') {
    const cv = C.toComplex(v)
    const part = (x: C.Value): string => numLit((r === 'c64' ? C.float32Val(x) : C.float64Val(x))[0])
    return `cmk(${part(C.real(cv))}, ${part(C.imag(cv))})`
  }
  switch (v.kind) {
    case 'Bool': return v.value ? 'true' : 'false'
    case 'String': return JSON.stringify(v.bytes)
    case 'Int': case 'Float': {
      if (r === 'big' || r === 'ubig') {
        const [x] = r === 'big' ? C.int64Val(C.toInt(v)) : C.uint64Val(C.toInt(v))
        return `${x}n`
      }
      if (r === 'f64' || r === 'f32' || r === 'iface') {
        const [f] = r === 'f32' ? C.float32Val(v) : C.float64Val(v)
        return numLit(f)
      }
      if (v.kind === 'Int') {
        const b = v.value
        if (b >= -9007199254740991n && b <= 9007199254740991n) return b.toString()
        return `${b}n`
      }
      const [f] = C.float64Val(v)
      return numLit(f)
    }
    default: return '0'
  }
}

export function expr (cx: Ctx, e: ast.Expr, stmt = false): string {
  const done = cx.evaluated.get(e)
  if (done !== undefined) return done
  const tv = typeAndValue(cx, e)
  if (tv !== undefined && tv.value !== undefined && tv.mode === 'constant') {
    let t = tv.type
    if (isIface(t)) t = defaultType(t)
    return constValue(cx, tv.value, t)
  }
  switch (e.kind) {
    case 'ParenExpr': return expr(cx, e.x, stmt)
    case 'Ident': return ident(cx, e)
    case 'BasicLit': return constValue(cx, C.makeFromLiteral(e.value, e.litKind), typeOf(cx, e))
    case 'FuncLit': return funcLit(cx, e)
    case 'CompositeLit': return compositeLit(cx, e)
    case 'SelectorExpr': return selector(cx, e)
    case 'IndexExpr': case 'IndexListExpr': return indexExpr(cx, e)
    case 'SliceExpr': return sliceExpr(cx, e)
    case 'TypeAssertExpr': {
      const t = typeOf(cx, e)
      const xs = JSON.stringify(typeStr(cx, typeOf(cx, e.x)))
      if (isIface(t)) return `assertIface(${expr(cx, e.x)}, ${rtype(cx, t)}, ${xs})`
      return `assertType(${expr(cx, e.x)}, ${rtype(cx, t)}, ${xs})`
    }
    case 'CallExpr': return call(cx, e)
    case 'StarExpr': {
      const pt = under(typeOf(cx, e.x)) as T.Pointer
      return deref(cx, expr(cx, e.x), pt)
    }
    case 'UnaryExpr': return unary(cx, e)
    case 'BinaryExpr': {
      const xt = typeOf(cx, e.x); const yt = typeOf(cx, e.y)
      if (e.op === '&&' || e.op === '||') return `(${expr(cx, e.x)} ${e.op} ${expr(cx, e.y)})`
      if (['==', '!=', '<', '<=', '>', '>='].includes(e.op)) return compareExprs(cx, e)
      if (e.op === '<<' || e.op === '>>') return shift(cx, e.op, expr(cx, e.x), expr(cx, e.y), typeOf(cx, e), yt)
      return binary(cx, e.op, expr(cx, e.x), expr(cx, e.y), typeOf(cx, e), xt)
    }
    case 'KeyValueExpr': throw new Error('compiler: stray key-value')
    default: throw new Error(`compiler: unsupported expression ${e.kind}`)
  }
}

export function ident (cx: Ctx, e: ast.Ident): string {
  if (e.name === '_') return 'undefined'
  const o = cx.info.uses.get(e) ?? cx.info.defs.get(e)
  if (o === undefined || o === null) throw new Error(`compiler: unresolved ${e.name}`)
  switch (o.kind) {
    case 'nil': return zero(cx, typeOf(cx, e))
    case 'var': {
      const g = cx.globals.get(o)
      const n = g ?? localName(cx, o)
      return isBoxed(cx, o) ? `${n}.v` : n
    }
    case 'func': {
      const inst = cx.info.instances.get(e)
      if (inst !== undefined) {
        const sig = o.type as T.Signature
        return instance(cx, o, sig.typeParams, inst.typeArgs.map(t => sub(cx, t)))
      }
      useFunc(cx, o)
      return cx.funcNames.get(o) ?? jsIdent(o.name)
    }
    case 'const': return constValue(cx, o.val, o.type)
    default: throw new Error(`compiler: ident ${e.name} is a ${o.kind}`)
  }
}

export function compositeLit (cx: Ctx, e: ast.CompositeLit): string {
  const t = typeOf(cx, e)
  const u = under(t)
  switch (u.kind) {
    case 'struct': {
      const cls = structClass(cx, u)
      const vals = u.fields.map(f => zero(cx, f.type))
      if (e.elts.length > 0 && e.elts[0].kind === 'KeyValueExpr') {
        for (const el of e.elts as ast.KeyValueExpr[]) {
          const name = (el.key as ast.Ident).name
          const i = u.fields.findIndex(f => f.name === name)
          vals[i] = elemValue(cx, el.value, u.fields[i].type)
        }
      } else {
        e.elts.forEach((el, i) => { vals[i] = elemValue(cx, el, u.fields[i].type) })
      }
      return `new ${cls}(${vals.join(', ')})`
    }
    case 'slice': case 'array': {
      const et = u.elem
      const items: Array<[number, string]> = []
      let idx = 0
      let max = 0
      for (const el of e.elts) {
        let v: ast.Expr = el
        if (el.kind === 'KeyValueExpr') {
          const tvk = typeAndValue(cx, el.key)
          idx = Number(C.int64Val(C.toInt(tvk!.value!))[0])
          v = el.value
        }
        items.push([idx, elemValue(cx, v, et)])
        idx++
        if (idx > max) max = idx
      }
      const n = u.kind === 'array' ? u.len : max
      const dense = items.every(([i], j) => i === j) && items.length === n
      const bytes = rep(et) === 'u8'
      let arr: string
      if (dense) arr = `[${items.map(x => x[1]).join(', ')}]`
      else {
        const z = zero(cx, et)
        arr = `((a) => { ${items.map(([i, v]) => `a[${i}] = ${v};`).join(' ')} return a; })(${isAgg(et) ? `Array.from({length: ${n}}, () => ${z})` : `new Array(${n}).fill(${z})`})`
      }
      if (u.kind === 'array') return arr
      if (bytes) return `mkSlice(Uint8Array.from(${arr}))`
      return `mkSlice(${arr}, ${sizeOf(et)})`
    }
    case 'map': {
      const complex = needsKeyOf(u.key)
      const m = `mkmap(${complex ? rtype(cx, u.key) : 'null'}, ${String(complex)})`
      if (e.elts.length === 0) return m
      const sets = (e.elts as ast.KeyValueExpr[]).map(kv => `mset(m, ${elemValue(cx, kv.key, u.key)}, ${elemValue(cx, kv.value, u.elem)});`)
      return `((m) => { ${sets.join(' ')} return m; })(${m})`
    }
    case 'pointer': {
      // &T{} elided inside a composite literal of pointers
      return compositeLitOf(cx, e, u.elem)
    }
  }
  throw new Error(`compiler: composite literal of ${u.kind}`)
}

function compositeLitOf (cx: Ctx, e: ast.CompositeLit, t: T.Type): string {
  const fake: ast.CompositeLit = { ...e }
  const saved = cx.info.types.get(e)
  cx.info.types.set(fake, { mode: 'value', type: t })
  const r = compositeLit(cx, fake)
  cx.info.types.delete(fake)
  void saved
  if (!isAgg(t)) return `new Box(${r})`
  return r
}

function elemValue (cx: Ctx, e: ast.Expr, t: T.Type): string {
  if (e.kind === 'CompositeLit' && e.type === null) {
    const u = under(t)
    if (u.kind === 'pointer') return compositeLitOf(cx, e, u.elem)
    const tv = cx.info.types.get(e)
    if (tv === undefined) {
      cx.info.types.set(e, { mode: 'value', type: t })
    }
  }
  return valueFor(cx, e, t)
}

export function indexExpr (cx: Ctx, e: ast.IndexExpr | ast.IndexListExpr): string {
  if (e.kind === 'IndexListExpr' || (typeAndValue(cx, e)?.mode === 'value' && under(typeOf(cx, e)).kind === 'signature' && isGenericRef(cx, e.x))) {
    return genericRef(cx, e)
  }
  const ie = e as ast.IndexExpr
  const xt = typeOf(cx, ie.x)
  const u = under(xt)
  switch (u.kind) {
    case 'slice': return rep(u.elem) === 'bool' ? `!!sget(${expr(cx, ie.x)}, ${index(cx, ie.index)})` : `sget(${expr(cx, ie.x)}, ${index(cx, ie.index)})`
    case 'array': return `aget(${expr(cx, ie.x)}, ${index(cx, ie.index)})`
    case 'pointer': return `aget(${deref(cx, expr(cx, ie.x), u)}, ${index(cx, ie.index)})`
    case 'basic': return `strAt(${expr(cx, ie.x)}, ${index(cx, ie.index)})`
    case 'map': {
      if (isAgg(u.elem)) return `mgetf(${expr(cx, ie.x)}, ${mapKey(cx, ie.index, u)}, ${zeroFn(cx, u.elem)})`
      return `mget(${expr(cx, ie.x)}, ${mapKey(cx, ie.index, u)}, ${zero(cx, u.elem)})`
    }
    case 'signature': return genericRef(cx, e)
  }
  throw new Error(`compiler: index of ${u.kind}`)
}

export function index (cx: Ctx, e: ast.Expr): string {
  const r = rep(typeOf(cx, e))
  const v = expr(cx, e)
  if (r === 'big' || r === 'ubig') return `Number(${v})`
  return v
}

export function mapKey (cx: Ctx, e: ast.Expr, m: T.MapType): string { return valueFor(cx, e, m.key) }

export function sliceExpr (cx: Ctx, e: ast.SliceExpr): string {
  const xt = typeOf(cx, e.x)
  const u = under(xt)
  const b = (x: ast.Expr | null): string => x === null ? 'undefined' : index(cx, x)
  if (u.kind === 'basic') return `substr(${expr(cx, e.x)}, ${b(e.low)}, ${b(e.high)})`
  if (u.kind === 'slice') {
    // a high bound may reach spare capacity, whose slots get the element's zero (runtime slice)
    const r = rep(u.elem)
    const z = e.high === null || r === 'u8' || r === 'bool' ? '' : `, ${isAgg(u.elem) ? `() => ${zero(cx, u.elem)}` : zero(cx, u.elem)}`
    return `slice(${expr(cx, e.x)}, ${b(e.low)}, ${b(e.high)}, ${b(e.max)}${z})`
  }
  if (u.kind === 'array') return `sliceArr(${expr(cx, e.x)}, ${b(e.low)}, ${b(e.high)}, ${b(e.max)})`
  if (u.kind === 'pointer') return `sliceArr(${expr(cx, e.x)} ?? nilDeref(), ${b(e.low)}, ${b(e.high)}, ${b(e.max)})`
  throw new Error('compiler: bad slice')
}

export function unary (cx: Ctx, e: ast.UnaryExpr): string {
  const t = typeOf(cx, e)
  const r = rep(t)
  const x = (): string => expr(cx, e.x)
  switch (e.op) {
    case '&': return addrOf(cx, e.x)
    case '!': return `!${x()}`
    case '+': return x()
    case '-':
      switch (r) {
        case 'int': return `ineg(${x()})`
        case 'uint': return `uneg(${x()})`
        case 'big': return `BigInt.asIntN(64, -${x()})`
        case 'ubig': return `BigInt.asUintN(64, -${x()})`
        case 'f64': return `(-${x()})`
        case 'f32': return `(-${x()})`
        case 'c128': case 'c64': return `cneg(${x()})`
        default: return isSmallInt(r) ? wrapSmall(r, `-${x()}`) : `(-${x()})`
      }
    case '^':
      switch (r) {
        case 'int': return `inot(${x()})`
        case 'uint': return `unot(${x()})`
        case 'big': return `(~${x()})`
        case 'ubig': return `BigInt.asUintN(64, ~${x()})`
        default: return wrapSmall(r, `~${x()}`)
      }
    case '<-': return 'panicRuntime("channels are not supported in Amigo")'
  }
  throw new Error(`compiler: unary ${e.op}`)
}

function numLit (f: number): string {
  if (Number.isNaN(f)) return 'NaN'
  if (f === Infinity) return 'Infinity'
  if (f === -Infinity) return '-Infinity'
  if (Object.is(f, -0)) return '-0'
  const s = String(f)
  return f < 0 ? `(${s})` : s
}
