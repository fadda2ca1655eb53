/**
 * Calls: arguments (variadic, f(g()) with several results), method callees and receivers,
 * dynamic dispatch through an interface's method table.
 */
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import type { Selection } from '../types/info.ts'
import type { Func } from '../types/objects.ts'
import { lookupFieldOrMethod } from '../types/lookup.ts'
import { rep, under, isAgg, isIface } from './typeinfo.ts'
import { builtin } from './builtins.ts'
import type { Ctx } from './context.ts'
import { conversion } from './conversions.ts'
import { valueFor, argValue, convert, expr } from './expressions.ts'
import { funcRef } from './functions.ts'
import { typeOf, typeAndValue, sub, hasTypeParam } from './generics.ts'
import { tmpName, pos, scratch, jsIdent, fieldJs, lineOf } from './names.ts'
import { addrOf } from './places.ts'

/** [function expression, receiver expression] for a method call x.m(...) (receiver null: callee is bound) */
export function methodCallee (cx: Ctx, e: ast.SelectorExpr, sel0: Selection): [string, string | null] {
  let sel = sel0
  const xt = typeOf(cx, e.x)
  const raw = cx.info.typeOf(e.x)
  if (cx.subst !== null && raw !== undefined && hasTypeParam(raw) && !isIface(xt)) {
    // a method of a type parameter's constraint: find the concrete method of the type argument
    const r = lookupFieldOrMethod(xt, true, cx.pkg, sel.obj.name)
    if (r.obj !== null && r.obj.kind === 'func' && r.index !== null) sel = { ...sel, obj: r.obj, index: r.index, indirect: r.indirect, recv: xt }
  }
  const f = sel.obj as Func
  if (isIface(xt)) {
    const x = expr(cx, e.x)
    const t = tmpName(cx)
    return [`((${t}) => ${t}.t.methods[${JSON.stringify(f.name)}].bind(null, ${t}.v))(${x} ?? nilDeref())`, null]
  }
  // walk embedded fields to the receiver
  let cur = xt
  let obj = expr(cx, e.x)
  const idx = sel.index
  for (let i = 0; i < idx.length - 1; i++) {
    let u = under(cur)
    if (u.kind === 'pointer') { if (!isAgg(u.elem)) obj = `${obj}.get()`; cur = u.elem; u = under(cur) }
    const f2 = (u as T.Struct).fields[idx[i]]
    obj = `${obj}.${fieldJs(f2.name, idx[i])}`
    cur = f2.type
  }
  if (isIface(cur)) {
    const t = tmpName(cx)
    return [`((${t}) => ${t}.t.methods[${JSON.stringify(f.name)}].bind(null, ${t}.v))(${obj} ?? nilDeref())`, null]
  }
  const sig = f.type as T.Signature
  const wantPtr = sig.recv !== null && sig.recv.type.kind === 'pointer'
  const havePtr = under(cur).kind === 'pointer'
  const elem = havePtr ? (under(cur) as T.Pointer).elem : cur
  let recv = obj
  if (wantPtr && !havePtr) {
    if (!isAgg(elem)) recv = addrOf(cx, e.x, idx.length > 1 ? obj : null)
  } else if (!wantPtr && havePtr) {
    recv = isAgg(elem) ? `(${obj} ?? nilDeref())` : `${obj}.get()`
  }
  const callee = funcRef(cx, f) ?? jsIdent(f.name)
  return [callee, recv]
}

export function callParts (cx: Ctx, e: ast.CallExpr): [string, string[]] {
  let fun = e.fun
  while (fun.kind === 'ParenExpr') fun = fun.x
  const ft = under(typeOf(cx, fun)) as T.Signature
  let callee: string
  let recv: string | null = null
  if (fun.kind === 'SelectorExpr') {
    const sel = cx.info.selections.get(fun)
    if (sel !== undefined && sel.kind === 'method') {
      [callee, recv] = methodCallee(cx, fun, sel)
    } else callee = expr(cx, fun)
  } else callee = expr(cx, fun)
  const args = callArgs(cx, e, ft)
  if (recv !== null) args.unshift(recv)
  return [callee, args]
}

export function callArgs (cx: Ctx, e: ast.CallExpr, sig: T.Signature): string[] {
  const params = sig.params.vars.map(v => sub(cx, v.type))
  const n = params.length
  // f(g()) with g returning several values
  if (e.args.length === 1) {
    const at = typeOf(cx, e.args[0])
    if (at.kind === 'tuple' && at.vars.length > 1) {
      const t = tmpName(cx)
      const tup = expr(cx, e.args[0])
      const conv = at.vars.map((v, i) => {
        const pt = sig.variadic && i >= n - 1 ? (under(params[n - 1]) as T.Slice).elem : params[i]
        return convert(cx, `${t}[${i}]`, sub(cx, v.type), pt)
      })
      if (sig.variadic) {
        const fixed = conv.slice(0, n - 1)
        const rest = conv.slice(n - 1)
        return [`...((${t}) => [${fixed.join(', ')}${fixed.length > 0 ? ', ' : ''}mkSlice([${rest.join(', ')}])])(${tup})`]
      }
      return [`...((${t}) => [${conv.join(', ')}])(${tup})`]
    }
  }
  const out: string[] = []
  if (sig.variadic) {
    for (let i = 0; i < n - 1; i++) out.push(argValue(cx, e.args[i], params[i]))
    if (e.ellipsis !== 0) out.push(expr(cx, e.args[n - 1]))
    else {
      const et = (under(params[n - 1]) as T.Slice).elem
      const rest = e.args.slice(n - 1).map(a => valueFor(cx, a, et))
      out.push(rest.length === 0 ? 'NIL_SLICE' : rep(et) === 'u8' ? `mkSlice(Uint8Array.from([${rest.join(', ')}]))` : `mkSlice([${rest.join(', ')}])`)
    }
  } else {
    for (let i = 0; i < e.args.length; i++) out.push(argValue(cx, e.args[i], params[i]))
  }
  return out
}

export function call (cx: Ctx, e: ast.CallExpr): string {
  // gc's traceback gives a caller the line of the call's '(': mark it when the statement began earlier
  const line = lineOf(cx.posString(e.lparen))
  if (line !== cx.stmtLine && line !== '') return `/*@${pos(cx, e.lparen)}*/` + callCode(cx, e)
  return callCode(cx, e)
}

function callCode (cx: Ctx, e: ast.CallExpr): string {
  let fun = e.fun
  while (fun.kind === 'ParenExpr') fun = fun.x
  if (fun.kind === 'FuncLit') cx.directLits.add(fun)
  const ftv = typeAndValue(cx, fun)
  if (ftv !== undefined && ftv.mode === 'typexpr') return conversion(cx, e, typeOf(cx, fun))
  if (ftv !== undefined && ftv.mode === 'builtin') return builtin(cx, e, fun)
  if (fun.kind === 'SelectorExpr') {
    const sel = cx.info.selections.get(fun)
    if (sel !== undefined && sel.kind === 'method' && sel.index.length === 1 && isIface(typeOf(cx, fun.x))) {
      // dynamic dispatch through the dynamic type's method table
      const sv = scratch(cx)
      const x = expr(cx, fun.x)
      const args = callArgs(cx, e, under(typeOf(cx, fun)) as T.Signature)
      return `(${sv} = ${x}, ${sv}.t.methods.${sel.obj.name}(${[`${sv}.v`, ...args].join(', ')}))`
    }
  }
  const [callee, args] = callParts(cx, e)
  return `${callee}(${args.join(', ')})`
}
