/**
 * Assignments: single, parallel and multi-value, compound (`op=`), and stores into variables,
 * elements, fields and pointers.
 */
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import type { Var } from '../types/objects.ts'
import { rep, under, isAgg } from './typeinfo.ts'
import type { Ctx } from './context.ts'
import { isBoxed } from './escape.ts'
import { valueFor, convert, multiExpr, expr, index, mapKey } from './expressions.ts'
import { typeOf, sub } from './generics.ts'
import { tmpName, localName } from './names.ts'
import { binary } from './operators.ts'
import { fieldPath, deref } from './places.ts'
import { declVar, tupleAt } from './statements.ts'
import { zero, sizeOf } from './values.ts'

export function assign (cx: Ctx, s: ast.AssignStmt): string {
  const tok = s.tok
  if (cx.fn.owned.has(s)) {
    // v = append(F, v...) on an owned slice: v's old backing array is unreachable after it
    const old = tmpName(cx)
    const et = (under(lhsType(cx, s.lhs[0])!) as T.Slice).elem
    // a struct element counted max(size, 8) bytes when it was constructed (values.ts structClass)
    const each = under(et).kind === 'struct' ? Math.max(sizeOf(et), 8) : 0
    return `const ${old} = ${expr(cx, s.lhs[0])};\n${assignOne(cx, s.lhs[0], s.rhs[0], false)}\nreleaseOwned(${old}, ${sizeOf(et)}, ${each});`
  }
  if (tok === ':=' || tok === '=') {
    if (s.lhs.length === s.rhs.length) {
      if (s.lhs.length === 1) return assignOne(cx, s.lhs[0], s.rhs[0], tok === ':=')
      // parallel assignment: evaluate index/field operands of the left, then all right sides, then store
      const out: string[] = []
      const stores = s.lhs.map(l => prepLhs(cx, l, out, tok === ':='))
      const tmps = s.rhs.map((e, i) => {
        const t = tmpName(cx)
        const lt = lhsType(cx, s.lhs[i])
        out.push(`const ${t} = ${lt === null ? expr(cx, e) : valueFor(cx, e, lt)};`)
        return t
      })
      stores.forEach((st, i) => out.push(st(tmps[i])))
      return out.join('\n')
    }
    // a, b := f() / v, ok := m[k] / x.(T) / <-ch
    const r = s.rhs[0]
    const t = tmpName(cx)
    const out: string[] = [`const ${t} = ${multiExpr(cx, r)};`]
    s.lhs.forEach((l, i) => {
      const lt = lhsType(cx, l)
      const src = tupleAt(cx, r, i)
      out.push(store(cx, l, lt === null ? `${t}[${i}]` : convert(cx, `${t}[${i}]`, src, lt), tok === ':='))
    })
    return out.join('\n')
  }
  // compound assignment x op= y
  const op = tok.slice(0, -1) as ast.BinaryOp
  return modify(cx, s.lhs[0], (cur) => binary(cx, op, cur, expr(cx, s.rhs[0]), typeOf(cx, s.lhs[0]), typeOf(cx, s.rhs[0])))
}

/** evaluates the operands of assignment target l now (into `pre`), returns how to store later */
function prepLhs (cx: Ctx, l: ast.Expr, pre: string[], define: boolean): (v: string) => string {
  while (l.kind === 'ParenExpr') l = l.x
  const tmp = (code: string): string => { const t = tmpName(cx); pre.push(`const ${t} = ${code};`); return t }
  if (l.kind === 'IndexExpr') {
    const u = under(typeOf(cx, l.x))
    if (u.kind === 'map') { const m = tmp(expr(cx, l.x)); const k = tmp(mapKey(cx, l.index, u)); return v => `mset(${m}, ${k}, ${v});` }
    if (u.kind === 'slice') { const x = tmp(expr(cx, l.x)); const i = tmp(index(cx, l.index)); return v => `sset(${x}, ${i}, ${v});` }
    const arr = u.kind === 'pointer' ? deref(cx, expr(cx, l.x), u) : expr(cx, l.x)
    const a = tmp(arr); const i = tmp(index(cx, l.index))
    return v => `aset(${a}, ${i}, ${v});`
  }
  if (l.kind === 'SelectorExpr') {
    const sel = cx.info.selections.get(l)
    if (sel !== undefined && sel.kind === 'field') {
      const [obj, field] = fieldPath(cx, l, sel)
      const o = tmp(obj)
      if (rep(sel.obj.type) === 'struct' && cx.subst === null) return v => `${o}.${field}.$set(${v});`
      return v => `${o}.${field} = ${v};`
    }
  }
  if (l.kind === 'StarExpr') {
    const pt = under(typeOf(cx, l.x)) as T.Pointer
    const p = tmp(expr(cx, l.x))
    if (isAgg(pt.elem)) return v => under(pt.elem).kind === 'struct' ? `(${p} ?? nilDeref()).$set(${v});` : `${arrSet(cx, `(${p} ?? nilDeref())`, v)};`
    return v => `${p}.set(${v});`
  }
  return v => store(cx, l, v, define)
}

/** type of an assignment target, or null for `_` */
function lhsType (cx: Ctx, e: ast.Expr): T.Type | null {
  if (e.kind === 'Ident' && e.name === '_') return null
  if (e.kind === 'Ident') {
    const o = cx.info.defs.get(e) ?? cx.info.uses.get(e)
    if (o !== undefined && o !== null) return sub(cx, o.type)
  }
  return typeOf(cx, e)
}

function assignOne (cx: Ctx, l: ast.Expr, r: ast.Expr, define: boolean): string {
  const lt = lhsType(cx, l)
  if (lt === null) return expr(cx, r, true) + ';'
  return store(cx, l, valueFor(cx, r, lt), define)
}

/** stores JS value `val` (already converted to the target's type) into target l */
export function store (cx: Ctx, l: ast.Expr, val: string, define: boolean): string {
  while (l.kind === 'ParenExpr') l = l.x
  switch (l.kind) {
    case 'Ident': {
      if (l.name === '_') return `${val};`
      const def = cx.info.defs.get(l)
      if (define && def !== undefined && def !== null && def.kind === 'var') return declVar(cx, def, val)
      const o = (cx.info.uses.get(l) ?? def) as Var
      const g = cx.globals.get(o)
      const name = g ?? localName(cx, o)
      if (isBoxed(cx, o)) return `${name}.v = ${val};`
      if (isAgg(o.type) && cx.mutatedGlobal.has(o)) return `${name}.$set ? ${name}.$set(${val}) : ${arrSet(cx, name, val)};`
      return `${name} = ${val};`
    }
    case 'IndexExpr': {
      const xt = typeOf(cx, l.x)
      const u = under(xt)
      if (u.kind === 'map') return `mset(${expr(cx, l.x)}, ${mapKey(cx, l.index, u)}, ${val});`
      // struct elements are updated in place: pointers to them keep aliasing, and no garbage is made
      if (u.kind === 'slice' && rep(u.elem) === 'struct') return `sget(${expr(cx, l.x)}, ${index(cx, l.index)}).$set(${val});`
      if (u.kind === 'array' && rep(u.elem) === 'struct') return `aget(${expr(cx, l.x)}, ${index(cx, l.index)}).$set(${val});`
      if (u.kind === 'slice') return `sset(${expr(cx, l.x)}, ${index(cx, l.index)}, ${val});`
      if (u.kind === 'array') return `aset(${expr(cx, l.x)}, ${index(cx, l.index)}, ${val});`
      if (u.kind === 'pointer') return `aset(${deref(cx, expr(cx, l.x), u)}, ${index(cx, l.index)}, ${val});`
      throw new Error('compiler: bad index store')
    }
    case 'SelectorExpr': {
      const sel = cx.info.selections.get(l)
      if (sel === undefined || sel.kind !== 'field') {
        // qualified package variable
        const o = cx.info.uses.get(l.sel) as Var
        const g = cx.globals.get(o) ?? localName(cx, o)
        return isBoxed(cx, o) ? `${g}.v = ${val};` : `${g} = ${val};`
      }
      const [obj, field] = fieldPath(cx, l, sel)
      if (rep(sel.obj.type) === 'struct' && cx.subst === null) return `${obj}.${field}.$set(${val});`
      return `${obj}.${field} = ${val};`
    }
    case 'StarExpr': {
      const pt = under(typeOf(cx, l.x)) as T.Pointer
      const p = expr(cx, l.x)
      if (isAgg(pt.elem)) return under(pt.elem).kind === 'struct' ? `(${p} ?? nilDeref()).$set(${val});` : `${arrSet(cx, `(${p} ?? nilDeref())`, val)};`
      return `${p}.set(${val});`
    }
  }
  throw new Error(`compiler: cannot assign to ${l.kind}`)
}

function arrSet (cx: Ctx, dst: string, val: string): string { return `((d, s) => { for (let i = 0; i < s.length; i++) d[i] = s[i]; })(${dst}, ${val})` }

/** read-modify-write of target l with f(currentValueJs) */
export function modify (cx: Ctx, l: ast.Expr, f: (cur: string) => string): string {
  while (l.kind === 'ParenExpr') l = l.x
  const lt = typeOf(cx, l)
  switch (l.kind) {
    case 'Ident': {
      const o = (cx.info.uses.get(l) ?? cx.info.defs.get(l)) as Var
      const name = cx.globals.get(o) ?? localName(cx, o)
      const ref = isBoxed(cx, o) ? `${name}.v` : name
      return `${ref} = ${f(ref)};`
    }
    case 'IndexExpr': {
      const u = under(typeOf(cx, l.x))
      const x = tmpName(cx); const i = tmpName(cx)
      if (u.kind === 'map') {
        const k = mapKey(cx, l.index, u)
        return `{ const ${x} = ${expr(cx, l.x)}, ${i} = ${k}; mset(${x}, ${i}, ${f(`mget(${x}, ${i}, ${zero(cx, u.elem)})`)}); }`
      }
      if (u.kind === 'slice') return `{ const ${x} = ${expr(cx, l.x)}, ${i} = six(${x}, ${index(cx, l.index)}); ${x}.a[${i}] = ${f(`${x}.a[${i}]`)}; }`
      const arr = u.kind === 'pointer' ? deref(cx, expr(cx, l.x), u) : expr(cx, l.x)
      return `{ const ${x} = ${arr}, ${i} = aix(${x}, ${index(cx, l.index)}); ${x}[${i}] = ${f(`${x}[${i}]`)}; }`
    }
    case 'SelectorExpr': {
      const sel = cx.info.selections.get(l)
      if (sel === undefined || sel.kind !== 'field') {
        const o = cx.info.uses.get(l.sel) as Var
        const g = cx.globals.get(o)!
        const ref = isBoxed(cx, o) ? `${g}.v` : g
        return `${ref} = ${f(ref)};`
      }
      const [obj, field] = fieldPath(cx, l, sel)
      const x = tmpName(cx)
      return `{ const ${x} = ${obj}; ${x}.${field} = ${f(`${x}.${field}`)}; }`
    }
    case 'StarExpr': {
      const x = tmpName(cx)
      return `{ const ${x} = ${expr(cx, l.x)}; ${x}.set(${f(`${x}.get()`)}); }`
    }
  }
  void lt
  throw new Error(`compiler: cannot modify ${l.kind}`)
}
