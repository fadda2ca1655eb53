/**
 * A structural identity for run-time types that is the same in every program: two programs that
 * compiled the same package give its types the same key. The VM uses it to find, in one service's
 * program, the type of a value that comes from another program (interface values in stored state,
 * values crossing a service boundary).
 */
import type { RType } from '../lang/index.ts'

const keys = new WeakMap<RType, string>()

export function typeKey (t: RType): string {
  const have = keys.get(t)
  if (have !== undefined) return have
  keys.set(t, t.str) // cycles through named types end at the name
  const k = computeKey(t)
  keys.set(t, k)
  return k
}

function computeKey (t: RType): string {
  if (t.name !== '') return t.pkg === '' ? t.name : `${t.pkg}.${t.str.slice(t.str.indexOf('.') + 1)}`
  switch (t.kind) {
    case 'ptr': return '*' + typeKey(t.elem!)
    case 'slice': return '[]' + typeKey(t.elem!)
    case 'array': return `[${t.len}]` + typeKey(t.elem!)
    case 'map': return `map[${typeKey(t.key!)}]` + typeKey(t.elem!)
    case 'struct': return 'struct{' + t.fields.map(f => `${f.embedded ? '~' : ''}${f.name} ${typeKey(f.type)}`).join('; ') + '}'
    case 'func': return `func(${t.params.map(typeKey).join(',')}${t.variadic ? '...' : ''})(${t.results.map(typeKey).join(',')})`
    case 'interface': return 'interface{' + t.imethods.join(';') + '}'
    default: return t.str
  }
}

/** The types of one program by key. */
export class TypeTable {
  private readonly byKey = new Map<string, RType>()
  constructor (types: Iterable<RType>) {
    for (const t of types) if (!this.byKey.has(typeKey(t))) this.byKey.set(typeKey(t), t)
  }

  get (key: string): RType | undefined { return this.byKey.get(key) }
  add (t: RType): void { if (!this.byKey.has(typeKey(t))) this.byKey.set(typeKey(t), t) }
}
