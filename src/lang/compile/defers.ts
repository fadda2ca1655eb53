/**
 * How a function leaves: return statements, result variables and deferred calls.
 */
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import { isAgg, isIface } from './typeinfo.ts'
import { callParts } from './calls.ts'
import type { Ctx } from './context.ts'
import { isBoxedName } from './escape.ts'
import { valueFor, convert, expr } from './expressions.ts'
import { typeOf, typeAndValue, sub } from './generics.ts'
import { tmpName, pos } from './names.ts'
import { cloneExpr } from './values.ts'
import { jumpFrom, outerTemp } from './rangefunc.ts'

export function resultsExpr (cx: Ctx): string {
  const r = cx.fn.results!
  const vals = r.map(n => cx.fn.names.size >= 0 && isBoxedName(cx, n) ? `${n}.v` : n)
  if (vals.length === 0) return 'undefined'
  if (vals.length === 1) return vals[0]
  return `[${vals.join(', ')}]`
}

export function returnStmt (cx: Ctx, s: ast.ReturnStmt): string {
  const fn = cx.fn
  const res = fn.resultTypes
  let vals: string[]
  if (s.results.length === 0) {
    vals = []
  } else if (s.results.length === 1 && res.length > 1) {
    // return f() with several results
    const t = tmpName(cx)
    const src = typeOf(cx, s.results[0]) as T.Tuple
    const pre = `const ${t} = ${expr(cx, s.results[0])};`
    vals = res.map((rt, i) => convert(cx, `${t}[${i}]`, sub(cx, src.vars[i].type), rt))
    return `{ ${pre} ${returnValues(cx, vals)} }`
  } else {
    vals = s.results.map((e, i) => valueFor(cx, e, res[i]))
  }
  return returnValues(cx, vals)
}

function returnValues (cx: Ctx, vals: string[]): string {
  if (cx.fn.rangeBodies.length > 0) {
    // inside a range-over-func body: the values are computed here, the return runs after the loops
    if (vals.length === 0) return jumpFrom(cx, 0, () => returnValues(cx, []))
    const t = '$rv' + String(cx.uid++)
    outerTemp(cx, t)
    return `{ ${t} = [${vals.join(', ')}]; ${jumpFrom(cx, 0, () => returnValues(cx, vals.map((_, i) => `${t}[${i}]`)))} }`
  }
  const fn = cx.fn
  if (fn.hasDefer) {
    // which return ran: the deferred calls run at its line (gc's traceback line for them)
    const ret = `$ret = ${fn.rets.push(pos(cx, cx.stmtPos))};`
    const sets = vals.map((v, i) => `${resultRef(cx, i)} = ${v};`)
    if (vals.length > 1) {
      const ts = vals.map(() => tmpName(cx))
      return `{ ${vals.map((v, i) => `const ${ts[i]} = ${v};`).join(' ')} ${ts.map((t, i) => `${resultRef(cx, i)} = ${t};`).join(' ')} ${ret} break $body; }`
    }
    return `{ ${sets.join(' ')} ${ret} break $body; }`
  }
  if (vals.length === 0) {
    if (fn.results !== null && fn.results.length > 0) return `{ $depth--; return ${resultsExpr(cx)}; }`
    return '{ $depth--; return; }'
  }
  const v = vals.length === 1 ? vals[0] : `[${vals.join(', ')}]`
  return `{ const $rv = ${v}; $depth--; return $rv; }`
}

function resultRef (cx: Ctx, i: number): string {
  const n = cx.fn.results![i]
  return isBoxedName(cx, n) ? `${n}.v` : n
}

export function deferStmt (cx: Ctx, s: ast.DeferStmt): string {
  const call = s.call
  // evaluate the function value and arguments now, call later
  const fun = call.fun
  const tv = typeAndValue(cx, fun)
  if (tv !== undefined && tv.mode === 'builtin') {
    // Go evaluates the arguments now: each lands in a temporary (a copy for an aggregate) that
    // the builtin's code reads later in place of the argument expression
    const decls: string[] = []
    for (const a of call.args) {
      const atv = typeAndValue(cx, a)
      if (atv?.mode === 'constant' || atv?.mode === 'typexpr') continue
      const n = tmpName(cx)
      const at = typeOf(cx, a)
      decls.push(`const ${n} = ${isAgg(at) ? cloneExpr(cx, at, expr(cx, a)) : expr(cx, a)};`)
      cx.evaluated.set(a, n)
    }
    const body = expr(cx, call, true)
    for (const a of call.args) cx.evaluated.delete(a)
    return `{ ${decls.join(' ')} $defers.push(/*@<*/() => { ${body}; }/*@>*/); }`
  }
  if (fun.kind === 'FuncLit' && call.args.length === 0) return `$defers.push(${expr(cx, fun)});`
  const [callee, args] = callParts(cx, call)
  if (fun.kind === 'SelectorExpr') {
    const sel = cx.info.selections.get(fun)
    if (sel !== undefined && sel.kind === 'method' && !isIface(typeOf(cx, fun.x))) {
      const sig = sel.obj.type as T.Signature
      const rt = sig.recv?.type
      if (rt !== undefined && rt.kind !== 'pointer' && isAgg(rt)) args[0] = cloneExpr(cx, rt, args[0])
    }
  }
  const f = tmpName(cx)
  const as = args.map(() => tmpName(cx))
  // the wrapper is no Go frame: the markers hide it from tracebacks
  return `{ const ${f} = ${callee}; ${args.map((a, i) => `const ${as[i]} = ${a};`).join(' ')} $defers.push(/*@<*/() => ${f}(${as.join(', ')})/*@>*/); }`
}

export function hasDefer (b: ast.BlockStmt): boolean {
  let found = false
  const visit = (n: any): void => {
    if (found || n === null || typeof n !== 'object') return
    if (Array.isArray(n)) { for (const x of n) visit(x); return }
    if (n.kind === 'FuncLit') return
    if (n.kind === 'DeferStmt') { found = true; return }
    for (const k in n) if (k !== 'pos' && k !== 'end') { const c = n[k]; if (c !== null && typeof c === 'object') visit(c) }
  }
  visit(b.list)
  return found
}
