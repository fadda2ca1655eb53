/**
 * Places: field paths through embedding, selectors, dereferences and `&x`.
 */
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import type { Selection } from '../types/info.ts'
import type { Var, Func } from '../types/objects.ts'
import { rep, under, isAgg } from './typeinfo.ts'
import { methodCallee } from './calls.ts'
import type { Ctx } from './context.ts'
import { isBoxed } from './escape.ts'
import { expr, ident, index } from './expressions.ts'
import { typeOf } from './generics.ts'
import { tmpName, localName, fieldJs } from './names.ts'
import { methodImpl } from './rtypes.ts'
import { cloneExpr } from './values.ts'

export function fieldPath (cx: Ctx, e: ast.SelectorExpr, sel: Selection): [string, string] {
  let cur = typeOf(cx, e.x)
  let obj = expr(cx, e.x)
  const idx = sel.index
  for (let i = 0; i < idx.length; i++) {
    let u = under(cur)
    if (u.kind === 'pointer') {
      const el = u.elem
      if (!isAgg(el)) obj = `${obj}.get()`
      cur = el
      u = under(el)
    }
    const st = u as T.Struct
    const f = st.fields[idx[i]]
    const js = fieldJs(f.name, idx[i])
    if (i === idx.length - 1) return [obj, js]
    obj = `${obj}.${js}`
    cur = f.type
  }
  throw new Error('compiler: empty selection')
}

export function selector (cx: Ctx, e: ast.SelectorExpr): string {
  const sel = cx.info.selections.get(e)
  if (sel === undefined) {
    // qualified identifier pkg.Name
    return ident(cx, e.sel)
  }
  if (sel.kind === 'field') {
    const [obj, f] = fieldPath(cx, e, sel)
    return `${obj}.${f}`
  }
  if (sel.kind === 'method') {
    // method value: bind the receiver now
    const [callee, recv0] = methodCallee(cx, e, sel)
    const r = tmpName(cx)
    if (recv0 === null) return callee
    let recv = recv0
    const rt = (sel.obj.type as T.Signature).recv?.type
    if (rt !== undefined && rt.kind !== 'pointer' && isAgg(rt)) recv = cloneExpr(cx, rt, recv)
    return `((${r}) => /*@<*/(...a) => ${callee}(${r}, ...a)/*@>*/)(${recv})`
  }
  // method expression T.m / (*T).m: a function taking the receiver first
  const f = sel.obj as Func
  const impl = methodImpl(cx, sel.recv, f, sel.index)
  if (impl !== null) return impl
  const name = f.name
  return `(/*@<*/(r, ...a) => r.t.methods[${JSON.stringify(name)}](r.v, ...a)/*@>*/)`
}

export function deref (cx: Ctx, p: string, pt: T.Pointer): string {
  if (isAgg(pt.elem)) return `(${p} ?? nilDeref())`
  if (rep(pt.elem) === 'bool') return `!!${p}.get()`
  return `${p}.get()`
}

/** &x */
export function addrOf (cx: Ctx, x: ast.Expr, computed: string | null = null): string {
  while (x.kind === 'ParenExpr') x = x.x
  if (computed !== null) return computed
  const t = typeOf(cx, x)
  if (x.kind === 'CompositeLit') {
    const v = expr(cx, x)
    return isAgg(t) ? v : `new Box(${v})`
  }
  if (isAgg(t)) return expr(cx, x)
  switch (x.kind) {
    case 'Ident': {
      const o = (cx.info.uses.get(x) ?? cx.info.defs.get(x)) as Var
      const n = cx.globals.get(o) ?? localName(cx, o)
      return isBoxed(cx, o) ? n : `new Box(${n})`
    }
    case 'IndexExpr': {
      const u = under(typeOf(cx, x.x))
      if (u.kind === 'slice') return `elemPtr(${expr(cx, x.x)}, ${index(cx, x.index)})`
      const arr = u.kind === 'pointer' ? deref(cx, expr(cx, x.x), u) : expr(cx, x.x)
      const a = tmpName(cx)
      return `((${a}) => new ElemPtr(${a}, aix(${a}, ${index(cx, x.index)})))(${arr})`
    }
    case 'SelectorExpr': {
      const sel = cx.info.selections.get(x)
      if (sel === undefined) {
        const o = cx.info.uses.get(x.sel) as Var
        const n = cx.globals.get(o)!
        return isBoxed(cx, o) ? n : `new Box(${n})`
      }
      const [obj, f] = fieldPath(cx, x, sel)
      return `new FieldPtr(${obj}, ${JSON.stringify(f)})`
    }
    case 'StarExpr': return expr(cx, x.x)
  }
  throw new Error(`compiler: cannot take address of ${x.kind}`)
}
