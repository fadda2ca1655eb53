/** Substitution of type parameters (types2 subst.go): returns the same object when nothing changes. */
import { Func, Var } from './objects.ts'
import {
  ArrayType, Chan, Interface, MapType, Pointer, Signature, Slice, Struct, Term, Tuple, Union,
  type Named, type Type, type TypeParam,
} from './types.ts'
import { instance } from './instantiate.ts'

export type SubstMap = Map<TypeParam, Type>

export function substType (t: Type, m: SubstMap): Type {
  if (m.size === 0) return t
  return new Subster(m).typ(t)
}

export function substSignature (sig: Signature, m: SubstMap): Signature {
  return substType(sig, m) as Signature
}

class Subster {
  private seen = new Map<Type, Type>()
  constructor (private m: SubstMap) {}

  typ (t: Type): Type {
    const s = this.seen.get(t)
    if (s) return s
    const r = this.compute(t)
    this.seen.set(t, r)
    return r
  }

  private vars (vs: Var[]): Var[] {
    let changed = false
    const out = vs.map(v => {
      const t = this.typ(v.type)
      if (t === v.type) return v
      changed = true
      const nv = new Var(v.pos, v.pkg, v.name, t)
      nv.embedded = v.embedded
      nv.isField = v.isField
      nv.origin = v.origin
      return nv
    })
    return changed ? out : vs
  }

  private tuple (t: Tuple): Tuple {
    const vs = this.vars(t.vars)
    return vs === t.vars ? t : new Tuple(vs)
  }

  private funcs (fs: Func[]): Func[] {
    let changed = false
    const out = fs.map(f => {
      const t = this.typ(f.type)
      if (t === f.type) return f
      changed = true
      const nf = new Func(f.pos, f.pkg, f.name, t)
      nf.origin = f.origin
      nf.hasBody = f.hasBody
      nf.decl = f.decl
      return nf
    })
    return changed ? out : fs
  }

  private compute (t: Type): Type {
    switch (t.kind) {
      case 'basic': return t
      case 'typeparam': return this.m.get(t) ?? t
      case 'pointer': { const e = this.typ(t.elem); return e === t.elem ? t : new Pointer(e) }
      case 'slice': { const e = this.typ(t.elem); return e === t.elem ? t : new Slice(e) }
      case 'array': { const e = this.typ(t.elem); return e === t.elem ? t : new ArrayType(e, t.len) }
      case 'chan': { const e = this.typ(t.elem); return e === t.elem ? t : new Chan(t.dir, e) }
      case 'map': {
        const k = this.typ(t.key)
        const e = this.typ(t.elem)
        return k === t.key && e === t.elem ? t : new MapType(k, e)
      }
      case 'struct': {
        const fs = this.vars(t.fields)
        return fs === t.fields ? t : new Struct(fs, t.tags)
      }
      case 'tuple': return this.tuple(t)
      case 'signature': {
        const p = this.tuple(t.params)
        const r = this.tuple(t.results)
        if (p === t.params && r === t.results) return t
        const s = new Signature(t.recv, p, r, t.variadic)
        s.typeParams = t.typeParams
        s.recvTypeParams = t.recvTypeParams
        return s
      }
      case 'union': {
        let changed = false
        const terms = t.terms.map(x => {
          const y = this.typ(x.type)
          if (y === x.type) return x
          changed = true
          return new Term(x.tilde, y)
        })
        return changed ? new Union(terms) : t
      }
      case 'interface': {
        const ms = this.funcs(t.methods)
        let changed = ms !== t.methods
        const es = t.embeddeds.map(e => { const y = this.typ(e); if (y !== e) changed = true; return y })
        if (!changed) return t
        const i = new Interface(ms, es)
        i.implicit = t.implicit
        i.complete = true
        return i
      }
      case 'named': {
        if (!t.typeArgs.length) return t
        let changed = false
        const args = t.typeArgs.map(a => { const y = this.typ(a); if (y !== a) changed = true; return y })
        return changed ? instance(t.origin, args) : t
      }
    }
  }
}

export type { Named }
