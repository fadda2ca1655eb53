/**
 * Functions: declarations, literals (closures), reachability, and the body of a function
 * (parameters, named results, the goto state machine).
 */
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import type { Var, Func } from '../types/objects.ts'
import { isAgg } from './typeinfo.ts'
import { FnCtx, globScope, type ClosureScope, type Ctx } from './context.ts'
import { resultsExpr, hasDefer } from './defers.ts'
import { isBoxed, isPtrMethodCall, mutates } from './escape.ts'
import { gotoLabels } from './gotos.ts'
import { chargeGas, countOps } from './gas.ts'
import { ownedPrepends } from './owned.ts'
import { typeOf, sub, instance } from './generics.ts'
import { localName, pos, intern, goFuncName, scratchDecl, recvTypeName } from './names.ts'
import { block } from './statements.ts'
import { cloneExpr, zero } from './values.ts'

export function funcRef (cx: Ctx, f: Func): string | null {
  const o = f.origin ?? f
  const n = cx.funcNames.get(o)
  if (n !== undefined) {
    useFunc(cx, o)
    const sig = o.type as T.Signature
    if (sig.recvTypeParams !== undefined && sig.recvTypeParams.length > 0) {
      // method of a generic type: instantiate for the receiver's type arguments
      const rt = (f.type as T.Signature).recv?.type
      const named = rt === undefined ? null : (rt.kind === 'pointer' ? rt.elem : rt)
      if (named !== null && named.kind === 'named' && named.typeArgs.length > 0) return instance(cx, o, sig.recvTypeParams, named.typeArgs.map(x => sub(cx, x)))
    }
    return n
  }
  return null
}

export function funcDecl (cx: Ctx, d: ast.FuncDecl): void {
  const fo = cx.info.defs.get(d.name) as Func | undefined
  if (fo === undefined) return
  const name = cx.funcNames.get(fo)!
  const sig = fo.type as T.Signature
  if (d.body === null) {
    const key = sig.recv !== null ? `${recvTypeName(sig)}.${fo.name}` : fo.name
    cx.nativeBinds.push(`const ${name} = $natives(${JSON.stringify(cx.pkg.path)}, ${JSON.stringify(key)});`)
    return
  }
  if (sig.typeParams.length > 0 || sig.recvTypeParams.length > 0) return // compiled per instantiation
  if (sig.recv === null && cx.service?.remote.has(cx.pkg.path) === true && /^\p{Lu}/u.test(fo.name)) {
    // a live import: the VM runs the callee's code on the callee's state
    cx.out.push(`function ${name}(...args) { return $env.callService(${JSON.stringify(cx.pkg.path)}, ${JSON.stringify(fo.name)}, args); }`)
    return
  }
  cx.out.push(funcCode(cx, name, d.recv, d.type, d.body, sig, goFuncName(cx, fo, false)))
}

/** marks f as reachable: its declaration will be compiled */
export function useFunc (cx: Ctx, f: Func): void {
  if (cx.emitted.has(f) || !cx.declOf.has(f)) return
  cx.emitted.add(f)
  cx.worklist.push(f)
}

/** a whole function (declaration or literal) as JS source; goName names it in tracebacks (a literal's is derived here) */
export function funcCode (cx: Ctx, name: string | null, recv: ast.FieldList | null, ftype: ast.FuncType, body: ast.BlockStmt, sig: T.Signature, goName: string, direct = false): string {
  const savedScope = cx.closureScope
  if (name === null) {
    // gc names a literal after its enclosing function; one called where it stands after the
    // nearest enclosing function that is not such a literal
    const outer = direct ? cx.closureScope.home : cx.closureScope
    goName = outer.closure ? `${outer.name}.${++outer.gen}` : `${outer.name}.func${++outer.gen}`
    const sc: ClosureScope = { name: goName, gen: 0, closure: true, home: null as unknown as ClosureScope }
    sc.home = direct ? cx.closureScope.home : sc
    cx.closureScope = sc
  } else {
    cx.closureScope = globScope(goName)
  }
  const traceName = intern(cx, goName + (sig.recv !== null || sig.params.length > 0 ? '(...)' : '()'))
  const saved = cx.fn
  cx.fn = new FnCtx(name === null ? saved : null)
  const fn = cx.fn
  fn.loops = []
  fn.results = null
  fn.hasDefer = hasDefer(body)
  fn.owned = ownedPrepends(cx, body)
  const params: string[] = []
  const prologue: string[] = []
  const bindParam = (id: ast.Ident | null, t: T.Type): void => {
    const o = id === null ? null : cx.info.defs.get(id) as Var | undefined
    if (o === null || o === undefined || id!.name === '_') { params.push('$p' + String(params.length)); return }
    const n = localName(cx, o)
    if (isBoxed(cx, o)) { params.push(n + '$in'); prologue.push(`const ${n} = new Box(${n}$in);`) } else params.push(n)
    if (isAgg(t) && cx.mutatedGlobal.has(o)) prologue.push(`${n} = ${cloneExpr(cx, t, n)};`)
    else if (isAgg(t) && mutates(body, id!.name, sel => isPtrMethodCall(cx, sel))) prologue.push(`${n} = ${cloneExpr(cx, t, n)};`)
  }
  if (recv !== null) {
    const f = recv.list[0]
    bindParam(f?.names[0] ?? null, sig.recv!.type)
  }
  let pi = 0
  for (const f of ftype.params.list) {
    if (f.names.length === 0) { params.push('$p' + String(params.length)); pi++; continue }
    for (const n of f.names) { bindParam(n, sub(cx, sig.params.at(pi).type)); pi++ }
  }
  // results
  const resTypes = sig.results.vars.map(v => sub(cx, v.type))
  fn.resultTypes = resTypes
  const named = ftype.results !== null && ftype.results.list.some(f => f.names.length > 0)
  if (named || fn.hasDefer) {
    fn.results = []
    let ri = 0
    for (const f of ftype.results?.list ?? []) {
      const names = f.names.length === 0 ? [null] : f.names
      for (const n of names) {
        const t = resTypes[ri++]
        const o = n === null ? undefined : cx.info.defs.get(n) as Var | undefined
        let jn: string
        if (o !== undefined && o !== null && n!.name !== '_') jn = localName(cx, o)
        else jn = '$r' + String(ri)
        fn.results.push(jn)
        if (o !== undefined && o !== null && isBoxed(cx, o)) prologue.push(`const ${jn} = new Box(${zero(cx, t)});`)
        else prologue.push(`let ${jn} = ${zero(cx, t)};`)
      }
    }
  }
  fn.gotoLabels = gotoLabels(body)
  const stmts = block(cx, body.list)
  const gas = countOps(body.list) + 1
  const p = pos(cx, body.pos)
  const lines: string[] = []
  lines.push(`${chargeGas(gas, p)} if (++$depth > $maxDepth) $deep(${p});`)
  lines.push(scratchDecl(cx))
  lines.push(...prologue)
  if (fn.hasDefer) {
    lines.push('const $defers = [];')
    lines.push('const $sd = $depth;')
    lines.push('let $ret = 0;')
    lines.push(`try { $body: { ${stmts} } } catch ($e) { $depth = $sd; $runDefers($defers, $e, $sd); $depth = $sd - 1; return ${resultsExpr(cx)}; }`)
    // deferred calls at a normal return run at the closing brace (gc's traceback line for them)
    const atEnd = `/*@${pos(cx, body.rbrace)}*/$runDefers($defers, null, $sd);`
    if (fn.rets.length === 0) lines.push(atEnd + ' $depth = $sd - 1;')
    else lines.push(`switch ($ret) { ${fn.rets.map((p, i) => `case ${i + 1}: /*@${p}*/$runDefers($defers, null, $sd); break;`).join(' ')} default: ${atEnd} } $depth = $sd - 1;`)
    lines.push(`return ${resultsExpr(cx)};`)
  } else {
    lines.push(stmts)
    lines.push('$depth--;')
    if (fn.results !== null) lines.push(`return ${resultsExpr(cx)};`)
  }
  cx.fn = saved
  cx.closureScope = savedScope
  const head = name === null ? `(${params.join(', ')}) =>` : `function ${name}(${params.join(', ')})`
  // the markers delimit the function's lines for the traceback (runtime/exec.ts)
  return `${head} {\n/*@{${traceName}*/${lines.join('\n')}\n}/*@}*/`
}

export function funcLit (cx: Ctx, e: ast.FuncLit): string {
  const sig = typeOf(cx, e) as T.Signature
  const saved = cx.fn
  const code = funcCode(cx, null, null, e.type, e.body, sig, '', cx.directLits.has(e))
  cx.fn = saved
  // names introduced inside the literal must not clash with later ones of the enclosing function
  return `(${code})`
}
