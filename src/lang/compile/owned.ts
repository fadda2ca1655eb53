/**
 * Owned slices (protocols/gas.md, Memory): the local slice variables of a function body that are
 * provably the only holders of their backing arrays, and the prepends `v = append(F, v...)` on
 * them (F a fresh composite literal or make). At such a prepend the old backing array of v can no
 * longer be reached by anything, so the runtime credits its bytes to the memory count: a loop
 * that prepends keeps a count close to its live data instead of the sum of every copy it made.
 *
 * A variable qualifies when it is declared in the body (not a parameter or result) with no
 * initializer, a composite literal or a make; it is not captured by a closure; and every use of
 * it is `len(v)`, `cap(v)`, `copy(…, v)`, `range v` (without a value variable when elements are
 * aggregates), `return v`, an element `v[i]` (read or written, never under `&` or a method call,
 * which could keep a pointer into the backing array; an aggregate element only copied by an
 * assignment), or the prepend itself. Anything else (passing v to a function, slicing it, assigning it
 * elsewhere) could share the backing array, and disqualifies v. The verdict is the source's alone.
 */
import type * as ast from '../syntax/ast.ts'
import type { Var } from '../types/objects.ts'
import type * as T from '../types/types.ts'
import { under, isAgg } from './typeinfo.ts'
import { typeOf } from './generics.ts'
import type { Ctx } from './context.ts'

/** the prepend assignments of a body whose target is an owned slice */
export function ownedPrepends (cx: Ctx, body: ast.BlockStmt): Set<ast.AssignStmt> {
  const candidates = new Map<Var, ast.AssignStmt[]>()
  const bad = new Set<Var>()
  const varOf = (id: ast.Ident): Var | null => {
    const o = cx.info.uses.get(id) ?? cx.info.defs.get(id)
    return o !== undefined && o !== null && o.kind === 'var' ? o as Var : null
  }
  const isSliceVar = (v: Var): boolean => under(v.type).kind === 'slice'
  const fresh = (e: ast.Expr | undefined): boolean => {
    if (e === undefined) return true
    while (e.kind === 'ParenExpr') e = e.x
    if (e.kind === 'CompositeLit') return true
    return e.kind === 'CallExpr' && isBuiltin(cx, e.fun, 'make')
  }
  const declare = (id: ast.Ident, init: ast.Expr | undefined): void => {
    const v = cx.info.defs.get(id) as Var | null | undefined
    if (v === null || v === undefined || v.kind !== 'var' || !isSliceVar(v)) return
    if (!fresh(init) || cx.info.captured.has(v)) bad.add(v)
    else if (!candidates.has(v)) candidates.set(v, [])
  }
  /** `v = append(F, v...)`: the variable it prepends to, or null */
  const prependTarget = (s: ast.AssignStmt): Var | null => {
    if (s.tok !== '=' || s.lhs.length !== 1 || s.rhs.length !== 1 || s.lhs[0].kind !== 'Ident') return null
    const r = s.rhs[0]
    if (r.kind !== 'CallExpr' || r.ellipsis === 0 || r.args.length !== 2 || !isBuiltin(cx, r.fun, 'append')) return null
    const v = varOf(s.lhs[0])
    const spread = r.args[1]
    if (v === null || spread.kind !== 'Ident' || varOf(spread) !== v || !fresh(r.args[0])) return null
    return v
  }
  // every identifier's parent chain decides whether its use keeps the backing array to itself
  const visit = (n: any, parents: any[], inLit: boolean): void => {
    if (n === null || typeof n !== 'object') return
    if (Array.isArray(n)) { for (const x of n) visit(x, parents, inLit); return }
    if (typeof n.kind !== 'string') return
    switch (n.kind) {
      case 'ValueSpec': n.names.forEach((id: ast.Ident, i: number) => declare(id, n.values[i])); break
      case 'AssignStmt':
        if (n.tok === ':=') {
          if (n.lhs.length === n.rhs.length) n.lhs.forEach((l: ast.Expr, i: number) => { if (l.kind === 'Ident') declare(l, n.rhs[i]) })
          else for (const l of n.lhs) if (l.kind === 'Ident') { const v = cx.info.defs.get(l) as Var | null | undefined; if (v !== null && v !== undefined) bad.add(v) }
        } else {
          const v = prependTarget(n)
          if (v !== null && !inLit) {
            candidates.get(v)?.push(n)
            // the prepend's own uses of v (target and spread) are the allowed ones
            visit(n.rhs[0].args[0], [...parents, n, n.rhs[0]], inLit)
            return
          }
        }
        break
      case 'Ident': {
        const v = varOf(n)
        if (v !== null && isSliceVar(v) && (inLit || !allowedUse(cx, n, parents))) bad.add(v)
        return
      }
      default:
    }
    const lit = inLit || n.kind === 'FuncLit'
    const next = [...parents, n]
    for (const k in n) {
      if (k === 'pos' || k === 'end' || k === 'kind') continue
      const c = n[k]
      if (c !== null && typeof c === 'object') visit(c, next, lit)
    }
  }
  visit(body, [], false)
  if (process.env.OWNED_DEBUG !== undefined) console.log([...candidates].map(([v, s]) => [v.name, s.length, bad.has(v)]))
  const out = new Set<ast.AssignStmt>()
  for (const [v, sites] of candidates) if (!bad.has(v)) for (const s of sites) out.add(s)
  return out
}

/** whether statement or expression q copies its operand `x` (an aggregate) into a new place */
function copies (q: any, x: any): boolean {
  if (q.kind === 'AssignStmt') return q.rhs.includes(x) || (q.lhs.includes(x) && q.tok === '=')
  if (q.kind === 'ValueSpec') return q.values.includes(x)
  return false
}

function isBuiltin (cx: Ctx, fun: ast.Expr, name: string): boolean {
  while (fun.kind === 'ParenExpr') fun = fun.x
  return fun.kind === 'Ident' && fun.name === name && cx.info.types.get(fun)?.mode === 'builtin'
}

/** whether identifier id (a slice variable), under `parents` (innermost last), is a use that shares nothing */
function allowedUse (cx: Ctx, id: ast.Ident, parents: any[]): boolean {
  const p = parents[parents.length - 1]
  if (p === undefined) return false
  switch (p.kind) {
    case 'ValueSpec': return p.names.includes(id)
    case 'AssignStmt': return p.tok === ':=' && p.lhs.includes(id) && p.lhs.length === p.rhs.length
    case 'CallExpr':
      if (p.fun === id) return false
      if (isBuiltin(cx, p.fun, 'len') || isBuiltin(cx, p.fun, 'cap')) return true
      return isBuiltin(cx, p.fun, 'copy') && p.args[1] === id && p.ellipsis === 0
    // a range's value of aggregate type may be the element object itself: refused, as an argument is
    case 'RangeStmt': return p.x === id && (p.value === null || !isAgg((under(typeOf(cx, id)) as { elem: T.Type }).elem))
    case 'ReturnStmt': return true
    case 'IndexExpr': {
      if (p.x !== id) return false
      // v[i] and v[i].f…: no & above, no method call on it (a pointer receiver takes its address)
      for (let k = parents.length - 2; k >= 0; k--) {
        const q = parents[k]
        const below = parents[k + 1]
        if (q.kind === 'SelectorExpr' && q.x === below) {
          const sel = cx.info.selections.get(q)
          if (sel === undefined || sel.kind !== 'field') return false
          continue
        }
        if (q.kind === 'IndexExpr' && q.x === below) continue
        if (q.kind === 'ParenExpr') continue
        if (q.kind === 'UnaryExpr' && q.op === '&') return false
        if (q.kind === 'SliceExpr' && q.x === below) return false
        // an element (or part) that is an aggregate is a JS object of the backing array: only an
        // assignment or declaration copies it (an argument would pass the object itself)
        if (isAgg(typeOf(cx, below))) return copies(q, below)
        return true
      }
      return true
    }
    default: return false
  }
}
