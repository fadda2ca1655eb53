/** Detects invalid recursive types such as `type T struct{ t T }` (types2 validtype.go, simplified). */
import type { Checker } from './checker.ts'
import { Typ, type Named, type Type } from './types.ts'

export function validType (check: Checker, root: Named): void {
  const path: Named[] = []
  const visiting = new Set<Named>()
  const valid = check.validTypes
  const visit = (t: Type): boolean => {
    switch (t.kind) {
      case 'array': return visit(t.elem)
      case 'struct': return t.fields.every(f => visit(f.type))
      case 'union': return t.terms.every(x => visit(x.type))
      case 'interface': return t.embeddeds.every(e => visit(e))
      case 'named': {
        if (valid.has(t)) return true
        if (t.obj?.pkg !== check.pkg && !t.isInstance()) return true
        if (visiting.has(t)) {
          const start = path.indexOf(t)
          const cycle = path.slice(start)
          reportCycle(check, cycle)
          return false
        }
        visiting.add(t)
        path.push(t)
        const ok = visit(t.origin === t ? (t.rawUnderlying ?? Typ.Invalid) : t.underlying)
        path.pop()
        visiting.delete(t)
        if (ok) valid.add(t)
        else if (t.origin === t && path.length === 0) t.underlying = Typ.Invalid
        return ok
      }
    }
    return true
  }
  visit(root)
}

function reportCycle (check: Checker, cycle: Named[]): void {
  const objs = cycle.map(n => n.origin.obj!).filter(Boolean)
  if (!objs.length) return
  if (check.reportedCycles.has(objs[0])) return
  for (const o of objs) check.reportedCycles.add(o)
  let i = 0
  for (let k = 1; k < objs.length; k++) if (objs[k].pos < objs[i].pos) i = k
  let obj = objs[i]
  const parts: [number, string][] = [[obj.pos, `invalid recursive type ${obj.name}`]]
  for (let k = 0; k < objs.length; k++) {
    parts.push([obj.pos, `${obj.name} refers to`])
    i = (i + 1) % objs.length
    obj = objs[i]
  }
  parts.push([obj.pos, obj.name])
  check.errorParts(parts, 'InvalidTypeCycle')
}
