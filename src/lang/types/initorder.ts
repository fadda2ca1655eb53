/** Package-level initialization order by dependency (types2 initorder.go). */
import type { Checker } from './checker.ts'
import type { Obj, Var } from './objects.ts'

interface Node { obj: Obj; pred: Set<Node>; succ: Set<Node>; ndeps: number; done: boolean }

export function initOrder(check: Checker): void {
  const order = check.info.initOrder
  order.length = 0
  const M = new Map<Obj, Node>()
  for (const obj of check.objMap.keys()) {
    if (obj.kind === 'const' || obj.kind === 'var' || obj.kind === 'func') M.set(obj, { obj, pred: new Set(), succ: new Set(), ndeps: 0, done: false })
  }
  for (const [obj, n] of M) {
    for (const d of check.objMap.get(obj)!.deps) {
      const dn = M.get(d)
      if (!dn) continue
      n.succ.add(dn)
      dn.pred.add(n)
    }
  }
  const G: Node[] = []
  const funcG: Node[] = []
  for (const n of M.values()) (n.obj.kind === 'func' ? funcG : G).push(n)
  funcG.sort((a, b) => a.pred.size * a.succ.size - b.pred.size * b.succ.size)
  for (const n of funcG) {
    for (const p of n.pred) {
      if (p === n) continue
      for (const s of n.succ) {
        if (s === n) continue
        p.succ.add(s)
        s.pred.add(p)
      }
      p.succ.delete(n)
    }
    for (const s of n.succ) s.pred.delete(n)
  }
  for (const n of G) n.ndeps = n.succ.size
  const emitted = new Set<object>()
  let remaining = G.length
  while (remaining > 0) {
    let best: Node | null = null
    for (const n of G) {
      if (n.done) continue
      if (!best || n.ndeps < best.ndeps || (n.ndeps === best.ndeps && n.obj.order < best.obj.order)) best = n
    }
    const n = best!
    n.done = true
    remaining--
    if (n.ndeps > 0) {
      const cycle = findPath(check, n.obj, n.obj, new Set())
      if (cycle) reportCycle(check, cycle)
    }
    for (const p of n.pred) p.ndeps--
    if (n.obj.kind !== 'var') continue
    const v = n.obj
    const info = check.objMap.get(v)!
    if (!info.init) continue
    if (emitted.has(info)) continue
    emitted.add(info)
    order.push({ lhs: info.lhs ?? [v as Var], rhs: info.init })
  }
}

function findPath(check: Checker, from: Obj, to: Obj, seen: Set<Obj>): Obj[] | null {
  if (seen.has(from)) return null
  seen.add(from)
  const d = check.objMap.get(from)
  if (!d) return null
  for (const dep of d.deps) {
    if (dep === to) return [dep]
    const P = findPath(check, dep, to, seen)
    if (P) { P.push(dep); return P }
  }
  return null
}

function reportCycle(check: Checker, cycle: Obj[]): void {
  let obj = cycle[0]
  const parts: [number, string][] = [[obj.pos, `initialization loop for ${obj.name}`]]
  for (let i = cycle.length - 1; i >= 0; i--) {
    parts.push([obj.pos, `${obj.name} refers to`])
    obj = cycle[i]
  }
  parts.push([obj.pos, obj.name])
  check.errorParts(parts)
}
