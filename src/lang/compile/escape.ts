/**
 * Escape and mutation analysis: which variables must live in a Box (their address is taken)
 * and which aggregates must be copied on entry (the function may modify them).
 */
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import type { Var } from '../types/objects.ts'
import { under, isAgg, isIface } from './typeinfo.ts'
import type { Ctx } from './context.ts'

/** marks variables whose address is taken (they become Boxes unless aggregates) */
export function scanAddrTaken (cx: Ctx, node: any, global: boolean): void {
  const visit = (n: any): void => {
    if (n === null || typeof n !== 'object') return
    if (Array.isArray(n)) { for (const x of n) visit(x); return }
    if (typeof n.kind !== 'string') return
    if (n.kind === 'UnaryExpr' && n.op === '&') markAddr(cx, n.x)
    if (n.kind === 'CallExpr' && n.fun.kind === 'SelectorExpr') {
      const sel = cx.info.selections.get(n.fun)
      if (sel !== undefined && sel.kind === 'method') {
        const sig = sel.obj.type as T.Signature
        if (sig.recv !== null && sig.recv.type.kind === 'pointer' && under(sel.recv).kind !== 'pointer' && !isIface(sel.recv)) markAddr(cx, n.fun.x)
      }
    }
    if (n.kind === 'SelectorExpr') {
      const sel = cx.info.selections.get(n)
      if (sel !== undefined && sel.kind === 'method' && !isIface(sel.recv)) {
        const sig = sel.obj.type as T.Signature
        if (sig.recv !== null && sig.recv.type.kind === 'pointer' && under(sel.recv).kind !== 'pointer') markAddr(cx, n.x)
      }
    }
    for (const k in n) {
      if (k === 'pos' || k === 'end' || k === 'kind') continue
      const c = n[k]
      if (c !== null && typeof c === 'object') visit(c)
    }
  }
  void global
  visit(node)
}

function markAddr (cx: Ctx, e: ast.Expr): void {
  while (e.kind === 'ParenExpr') e = e.x
  if (e.kind === 'Ident') {
    const o = cx.info.uses.get(e) ?? cx.info.defs.get(e)
    if (o !== undefined && o !== null && o.kind === 'var' && !isAgg(o.type)) cx.globalBoxed.add(o)
    if (o !== undefined && o !== null && o.kind === 'var' && isAgg(o.type)) cx.mutatedGlobal.add(o)
  } else if (e.kind === 'SelectorExpr') {
    // &x.f of an aggregate variable: x stays an object; nothing to box
    const sel = cx.info.selections.get(e)
    if (sel !== undefined && sel.kind === 'field' && !sel.indirect) markAggAddr(cx, e.x)
  } else if (e.kind === 'IndexExpr') {
    const t = cx.info.typeOf(e.x)
    if (t !== undefined && under(t).kind === 'array') markAggAddr(cx, e.x)
  }
}

function markAggAddr (cx: Ctx, e: ast.Expr): void {
  while (e.kind === 'ParenExpr') e = e.x
  if (e.kind === 'Ident') {
    const o = cx.info.uses.get(e) ?? cx.info.defs.get(e)
    if (o !== undefined && o !== null && o.kind === 'var') cx.mutatedGlobal.add(o)
  }
}

export function isBoxed (cx: Ctx, v: Var): boolean { return cx.globalBoxed.has(v) }

/** is sel a call of a method with a pointer receiver (which may modify its operand)? */
export function isPtrMethodCall (cx: Ctx, sel: ast.SelectorExpr): boolean {
  const s = cx.info.selections.get(sel)
  if (s === undefined) return true
  if (s.kind !== 'method') return false
  const sig = s.obj.type as T.Signature
  return sig.recv === null || sig.recv.type.kind === 'pointer' || s.index.length > 1
}

export function isBoxedName (cx: Ctx, n: string): boolean {
  for (const [v, jn] of cx.fn.names) if (jn === n) return isBoxed(cx, v)
  return false
}

/** a fresh value: storing it needs no copy */
export function isFresh (e: ast.Expr): boolean {
  while (e.kind === 'ParenExpr') e = e.x
  return e.kind === 'CompositeLit' || e.kind === 'CallExpr' || e.kind === 'BasicLit' || e.kind === 'BinaryExpr' || e.kind === 'UnaryExpr' || e.kind === 'FuncLit'
}

/** does the body assign to (a part of) variable `name` or take its address? (for value receivers/params) */
export function mutates (b: ast.BlockStmt, name: string, ptrMethod: ((sel: ast.SelectorExpr) => boolean) | null = null): boolean {
  let found = false
  const root = (e: ast.Expr): string | null => {
    for (;;) {
      switch (e.kind) {
        case 'Ident': return e.name
        case 'ParenExpr': e = e.x; break
        case 'SelectorExpr': e = e.x; break
        case 'IndexExpr': e = e.x; break
        default: return null
      }
    }
  }
  const visit = (n: any): void => {
    if (found || n === null || typeof n !== 'object') return
    if (Array.isArray(n)) { for (const x of n) visit(x); return }
    if (n.kind === 'AssignStmt') for (const l of n.lhs) if (root(l) === name) found = true
    if (n.kind === 'IncDecStmt' && root(n.x) === name) found = true
    if (n.kind === 'UnaryExpr' && n.op === '&' && root(n.x) === name) found = true
    if (n.kind === 'CallExpr' && n.fun.kind === 'SelectorExpr' && root(n.fun.x) === name && (ptrMethod === null || ptrMethod(n.fun))) found = true
    if (n.kind === 'RangeStmt' && ((n.key !== null && root(n.key) === name) || (n.value !== null && root(n.value) === name))) found = true
    for (const k in n) if (k !== 'pos' && k !== 'end') { const c = n[k]; if (c !== null && typeof c === 'object') visit(c) }
  }
  visit(b.list)
  return found
}

export function hasFuncLit (n: any): boolean {
  if (n === null || typeof n !== 'object') return false
  if (Array.isArray(n)) return n.some(hasFuncLit)
  if (n.kind === 'FuncLit') return true
  for (const k in n) if (k !== 'pos' && k !== 'end') { const c = n[k]; if (c !== null && typeof c === 'object' && hasFuncLit(c)) return true }
  return false
}
