/** Printing types as Go's compiler does in messages (types2 typestring.go). */
import type { Package } from './package.ts'
import type { TypeName } from './objects.ts'
import { anyType, comparableType } from './universe.ts'
import type { Signature, Tuple, Type, TypeParam } from './types.ts'

/** How a package is written before a type name; '' means unqualified. */
export type Qualifier = (pkg: Package) => string

/** qualifies every package by its name */
export const byName: Qualifier = p => p.name

/** a qualifier that leaves `local` unqualified and writes other packages by name */
export function relativeTo (local: Package | null): Qualifier {
  return p => (p === local ? '' : p.name)
}

export function typeString (t: Type, qf: Qualifier = byName): string {
  const w = new TypeWriter(qf)
  w.typ(t)
  return w.out
}

/** `func(x int) string` without the leading `func` (for method lists) */
export function signatureString (sig: Signature, qf: Qualifier = byName): string {
  const w = new TypeWriter(qf)
  w.signature(sig)
  return w.out
}

export function typeNameString (obj: TypeName, qf: Qualifier): string {
  if (obj.pkg) {
    const q = qf(obj.pkg)
    if (q) return q + '.' + obj.name
  }
  return obj.name
}

class TypeWriter {
  out = ''
  private seen = new Set<Type>()
  constructor (private qf: Qualifier) {}

  typ (t: Type): void {
    if (this.seen.has(t)) { this.out += '<cycle>'; return }
    this.seen.add(t)
    try { this.write(t) } finally { this.seen.delete(t) }
  }

  private list (ts: Type[]): void {
    this.out += '['
    ts.forEach((t, i) => { if (i) this.out += ', '; this.typ(t) })
    this.out += ']'
  }

  private write (t: Type): void {
    switch (t.kind) {
      case 'basic': this.out += t.name; return
      case 'array': this.out += `[${t.len < 0 ? '?' : t.len}]`; this.typ(t.elem); return
      case 'slice': this.out += '[]'; this.typ(t.elem); return
      case 'pointer': this.out += '*'; this.typ(t.elem); return
      case 'map': this.out += 'map['; this.typ(t.key); this.out += ']'; this.typ(t.elem); return
      case 'chan':
        this.out += t.dir === 0 ? 'chan ' : t.dir === 1 ? 'chan<- ' : '<-chan '
        this.typ(t.elem)
        return
      case 'struct':
        this.out += 'struct{'
        t.fields.forEach((f, i) => {
          if (i) this.out += '; '
          if (!f.embedded) this.out += f.name + ' '
          this.typ(f.type)
          const tag = t.tag(i)
          if (tag) this.out += ' ' + JSON.stringify(tag)
        })
        this.out += '}'
        return
      case 'tuple': this.tuple(t, false); return
      case 'signature': this.out += 'func'; this.signature(t); return
      case 'union':
        t.terms.forEach((term, i) => {
          if (i) this.out += '|'
          if (term.tilde) this.out += '~'
          this.typ(term.type)
        })
        return
      case 'interface': {
        if (t === anyType) { this.out += 'any'; return }
        if (t === comparableType.underlying) { this.out += 'interface{comparable}'; return }
        if (t.implicit && t.methods.length === 0 && t.embeddeds.length === 1) { this.typ(t.embeddeds[0]); return }
        this.out += 'interface{'
        let first = true
        for (const m of t.methods) {
          if (!first) this.out += '; '
          first = false
          this.out += m.name
          this.signature(m.type as Signature)
        }
        for (const e of t.embeddeds) {
          if (!first) this.out += '; '
          first = false
          this.typ(e)
        }
        this.out += '}'
        return
      }
      case 'named':
        if (t.obj) this.out += typeNameString(t.obj, this.qf)
        else this.out += '?'
        if (t.typeArgs.length) this.list(t.typeArgs)
        else if (t.typeParams.length) this.tparams(t.typeParams)
        return
      case 'typeparam':
        this.out += t.obj.name
    }
  }

  tparamList (list: TypeParam[]): void { this.tparams(list) }

  private tparams (list: TypeParam[]): void {
    this.out += '['
    let prev: Type | null = null
    list.forEach((tp, i) => {
      if (i > 0) {
        if (tp.constraint !== prev) { this.out += ' '; this.typ(prev!) }
        this.out += ', '
      }
      prev = tp.constraint
      this.typ(tp)
    })
    if (prev) { this.out += ' '; this.typ(prev) }
    this.out += ']'
  }

  tuple (tup: Tuple, variadic: boolean): void {
    this.out += '('
    tup.vars.forEach((v, i) => {
      if (i) this.out += ', '
      if (v.name) this.out += v.name + ' '
      let typ = v.type
      if (variadic && i === tup.vars.length - 1) {
        if (typ.kind === 'slice') { this.out += '...'; typ = typ.elem } else { this.typ(typ); this.out += '...'; return }
      }
      this.typ(typ)
    })
    this.out += ')'
  }

  signature (sig: Signature): void {
    if (sig.typeParams.length) this.tparams(sig.typeParams)
    this.tuple(sig.params, sig.variadic)
    const n = sig.results.length
    if (n === 0) return
    this.out += ' '
    if (n === 1 && sig.results.vars[0].name === '') { this.typ(sig.results.vars[0].type); return }
    this.tuple(sig.results, false)
  }
}

/** an object as types2's ObjectString prints it: `var x int`, `func f(a int)`, `const c untyped int`, `type T struct{...}` */
export function objectString (obj: import('./objects.ts').Obj, qf: Qualifier): string {
  let typ: Type | null = obj.type
  let buf = ''
  switch (obj.kind) {
    case 'pkgname':
      buf = 'package ' + obj.name
      if (obj.imported.path && obj.imported.path !== obj.name) buf += ` (${JSON.stringify(obj.imported.path)})`
      return buf
    case 'const': buf = 'const'; break
    case 'typename': buf = 'type' + (typ.kind === 'typeparam' ? ' parameter' : ''); break
    case 'var': buf = obj.isField ? 'field' : 'var'; break
    case 'func': {
      const sig = obj.type as Signature
      let name = obj.name
      if (sig.kind === 'signature' && sig.recv) {
        let rt = sig.recv.type
        const ptr = rt.kind === 'pointer'
        if (rt.kind === 'pointer') rt = rt.elem
        const tn = rt.kind === 'named' && rt.obj ? rt.obj.name : typeString(rt, qf)
        name = (ptr ? `(*${tn})` : tn) + '.' + name
      } else if (obj.pkg) {
        const q = qf(obj.pkg)
        if (q) name = q + '.' + name
      }
      return 'func ' + name + (sig.kind === 'signature' ? signatureString(sig, qf) : '')
    }
    case 'label': buf = 'label'; typ = null; break
    case 'builtin': buf = 'builtin'; typ = null; break
    case 'nil': return 'nil'
  }
  buf += ' '
  if (obj.pkg && obj.pkg.scope.lookup(obj.name) === obj) {
    const q = qf(obj.pkg)
    if (q) buf += q + '.'
  }
  buf += obj.name
  if (!typ) return buf
  if (obj.kind === 'typename') {
    if (typ.kind === 'basic') return buf
    if (typ.kind === 'named') {
      if (typ.typeParams.length) { const w = new TypeWriter(qf); w.tparamList(typ.typeParams); buf += w.out }
      return buf + ' ' + typeString(typ.underlying, qf)
    }
    return buf + ' ' + typeString(typ, qf)
  }
  return buf + ' ' + typeString(typ, qf)
}
