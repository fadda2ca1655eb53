/** Package-level initialization order by dependency (types2 initorder.go). */
import type { Checker } from './checker.ts'
import type { Obj, Var } from './objects.ts'

interface Node { obj: Obj; pred: Set<Node>; succ: Set<Node>; ndeps: number; done: boolean }

export function initOrder (check: Checker): void {
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
  // a binary heap ordered by (number of dependencies, source order), as types2's nodeQueue
  const heap = G.slice()
  const less = (a: Node, b: Node) => a.ndeps < b.ndeps || (a.ndeps === b.ndeps && a.obj.order < b.obj.order)
  const pos = new Map<Node, number>()
  const swap = (i: number, j: number) => {
    const t = heap[i]; heap[i] = heap[j]; heap[j] = t
    pos.set(heap[i], i); pos.set(heap[j], j)
  }
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1
      if (!less(heap[i], heap[p])) break
      swap(i, p)
      i = p
    }
  }
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heap.length && less(heap[l], heap[m])) m = l
      if (r < heap.length && less(heap[r], heap[m])) m = r
      if (m === i) break
      swap(i, m)
      i = m
    }
  }
  heap.forEach((n, i) => pos.set(n, i))
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i)
  while (heap.length > 0) {
    const n = heap[0]
    const last = heap.pop()!
    pos.delete(n)
    if (heap.length > 0) {
      heap[0] = last
      pos.set(last, 0)
      down(0)
    }
    n.done = true
    if (n.ndeps > 0) {
      const cycle = findPath(check, n.obj, n.obj, new Set())
      if (cycle) reportCycle(check, cycle)
    }
    for (const p of n.pred) {
      p.ndeps--
      const i = pos.get(p)
      if (i !== undefined) up(i)
    }
    if (n.obj.kind !== 'var') continue
    const v = n.obj
    const info = check.objMap.get(v)!
    if (!info.init) continue
    if (emitted.has(info)) continue
    emitted.add(info)
    order.push({ lhs: info.lhs ?? [v as Var], rhs: info.init })
  }
}

function findPath (check: Checker, from: Obj, to: Obj, seen: Set<Obj>): Obj[] | null {
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

function reportCycle (check: Checker, cycle: Obj[]): void {
  let obj = cycle[0]
  const parts: [number, string][] = [[obj.pos, `initialization loop for ${obj.name}`]]
  for (let i = cycle.length - 1; i >= 0; i--) {
    parts.push([obj.pos, `${obj.name} refers to`])
    obj = cycle[i]
  }
  parts.push([obj.pos, obj.name])
  check.errorParts(parts, 'InvalidInitCycle')
}
