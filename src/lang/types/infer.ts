/** Type argument inference from function arguments and constraints (types2 infer.go, unify.go; simplified). */
import type { Checker } from './checker.ts'
import type { Operand } from './operand.ts'
import { TypeParam as TypeParamCtor, underOf, type Type, type TypeParam, type Tuple } from './types.ts'
import { TypeName } from './objects.ts'
import { identical } from './identity.ts'
import { coreType, defaultType, hasName, isTyped } from './predicates.ts'
import { substType, type SubstMap } from './subst.ts'
import { makeSubstMap } from './instantiate.ts'
import { typeSet } from './typeset.ts'

class Unifier {
  readonly targs: (Type | null)[]
  private index = new Map<TypeParam, number>()
  constructor (readonly tparams: TypeParam[], targs: (Type | null)[]) {
    tparams.forEach((p, i) => this.index.set(p, i))
    this.targs = tparams.map((_, i) => targs[i] ?? null)
  }

  private at (t: Type): number {
    return t.kind === 'typeparam' ? (this.index.get(t) ?? -1) : -1
  }

  /** unifies x (may contain type parameters) with y; inexact: a defined type matches a type literal by its underlying type */
  unify (x: Type, y: Type, depth = 0): boolean {
    if (depth > 64) return false
    if (x === y) return true
    const i = this.at(x)
    const j = this.at(y)
    if (i >= 0 && j >= 0) {
      const a = this.targs[i]
      const b = this.targs[j]
      if (a && b) return this.unify(a, b, depth + 1)
      if (a) { this.targs[j] = a; return true }
      if (b) { this.targs[i] = b; return true }
      return true
    }
    if (i >= 0) {
      const a = this.targs[i]
      if (a) return this.unify(a, y, depth + 1) || (identical(underOf(a), underOf(y)) && (!hasName(a) || !hasName(y)))
      this.targs[i] = y
      return true
    }
    if (j >= 0) return this.unify(y, x, depth + 1)
    // type parameters from outside the list being inferred: unify their core types with type literals
    if (x.kind === 'typeparam' && !hasName(y)) {
      const cx = coreType(x)
      if (cx) return this.unify(cx, y, depth + 1)
    } else if (y.kind === 'typeparam' && !hasName(x)) {
      const cy = coreType(y)
      if (cy) return this.unify(x, cy, depth + 1)
    }
    // inexact unification: if exactly one is a defined type, use its underlying type
    if (x.kind === 'named' && y.kind !== 'named' && y.kind !== 'typeparam' && y.kind !== 'basic') x = x.underlying
    else if (y.kind === 'named' && x.kind !== 'named' && x.kind !== 'typeparam' && x.kind !== 'basic') y = y.underlying
    if (x.kind !== y.kind) return false
    switch (x.kind) {
      case 'basic': return identical(x, y)
      case 'pointer': case 'slice': return this.unify(x.elem, (y as typeof x).elem, depth + 1)
      case 'array': return x.len === (y as typeof x).len && this.unify(x.elem, (y as typeof x).elem, depth + 1)
      case 'map': return this.unify(x.key, (y as typeof x).key, depth + 1) && this.unify(x.elem, (y as typeof x).elem, depth + 1)
      case 'chan': return this.unify(x.elem, (y as typeof x).elem, depth + 1)
      case 'struct': {
        const yy = y as typeof x
        if (x.fields.length !== yy.fields.length) return false
        return x.fields.every((f, k) => f.name === yy.fields[k].name && f.embedded === yy.fields[k].embedded && this.unify(f.type, yy.fields[k].type, depth + 1))
      }
      case 'tuple': {
        const yy = y as typeof x
        return x.vars.length === yy.vars.length && x.vars.every((v, k) => this.unify(v.type, yy.vars[k].type, depth + 1))
      }
      case 'signature': {
        const yy = y as typeof x
        return x.variadic === yy.variadic && this.unify(x.params, yy.params, depth + 1) && this.unify(x.results, yy.results, depth + 1)
      }
      case 'interface': {
        const a = typeSet(x).methods
        const b = typeSet(y as typeof x).methods
        if (a.length !== b.length) return false
        return a.every((m, k) => m.name === b[k].name && this.unify(m.type, b[k].type, depth + 1))
      }
      case 'named': {
        const yy = y as typeof x
        if (x.origin !== yy.origin) return false
        if (x.typeArgs.length !== yy.typeArgs.length) return false
        return x.typeArgs.every((a, k) => this.unify(a, yy.typeArgs[k], depth + 1))
      }
      case 'typeparam': return false
    }
    return identical(x, y)
  }

  firstMissing (): number { return this.targs.findIndex(t => t === null) }
}

function isParameterized (tparams: TypeParam[], t: Type, seen = new Set<Type>()): boolean {
  if (seen.has(t)) return false
  seen.add(t)
  switch (t.kind) {
    case 'typeparam': return tparams.includes(t)
    case 'pointer': case 'slice': case 'array': case 'chan': return isParameterized(tparams, t.elem, seen)
    case 'map': return isParameterized(tparams, t.key, seen) || isParameterized(tparams, t.elem, seen)
    case 'struct': return t.fields.some(f => isParameterized(tparams, f.type, seen))
    case 'tuple': return t.vars.some(v => isParameterized(tparams, v.type, seen))
    case 'signature': return isParameterized(tparams, t.params, seen) || isParameterized(tparams, t.results, seen)
    case 'interface': return t.methods.some(m => isParameterized(tparams, m.type, seen)) || t.embeddeds.some(e => isParameterized(tparams, e, seen))
    case 'union': return t.terms.some(x => isParameterized(tparams, x.type, seen))
    case 'named': return t.typeArgs.some(a => isParameterized(tparams, a, seen))
  }
  return false
}

function typeParamsString (list: TypeParam[]): string {
  const names = list.map(p => p.obj.name)
  if (names.length <= 1) return names.join('')
  if (names.length === 2) return names[0] + ' and ' + names[1]
  return names.slice(0, -1).join(', ') + ', and ' + names[names.length - 1]
}

/**
 * core-type (constraint) inference: a type parameter whose constraint has a single specific type;
 * returns the type parameter whose argument does not match that type, or null
 */
function inferB (u: Unifier, tparams: TypeParam[]): { tp: TypeParam, tilde: string, type: Type } | null {
  let progress = true
  let rounds = 0
  while (progress && rounds++ < 8) {
    progress = false
    for (let i = 0; i < tparams.length; i++) {
      const tp = tparams[i]
      const terms = typeSet(tp.iface).terms
      if (!terms || terms.length !== 1) continue
      const core = terms[0]
      const targ = u.targs[i]
      if (targ) {
        const before = u.targs.filter(Boolean).length
        const t = core.tilde ? underOf(targ) : targ
        if (!u.unify(core.type, t)) return { tp, tilde: core.tilde ? '~' : '', type: core.type }
        if (u.targs.filter(Boolean).length > before) progress = true
      } else if (!core.tilde) {
        u.targs[i] = core.type
        progress = true
      } else {
        // ~T: infer T's parameters only if the core type is fully known
        const m = makeSubstMap(tparams, u.targs.map((t, k) => t ?? tparams[k]))
        const c = substType(core.type, m)
        if (!isParameterized(tparams, c)) { u.targs[i] = c; progress = true }
      }
    }
  }
  return null
}

/** fully substitutes inferred type arguments that mention other type parameters */
function resolveTargs (tparams: TypeParam[], targs: Type[]): Type[] {
  let cur = targs
  for (let k = 0; k < 8; k++) {
    const m: SubstMap = makeSubstMap(tparams, cur)
    const next = cur.map(t => substType(t, m))
    if (next.every((t, i) => t === cur[i])) return next
    cur = next
  }
  return cur
}

/**
 * Infers the missing type arguments of a generic call. `pos` is where "cannot infer" is reported.
 * Returns null after reporting an error.
 */
export function infer (check: Checker, pos: number, tparams: TypeParam[], targs: Type[], params: Tuple | null, args: Operand[]): Type[] | null {
  const n = tparams.length
  if (targs.length === n) return targs
  // a generic function calling itself: rename its type parameters so the arguments' types (which
  // mention the same parameters) are not confused with the ones being inferred
  const outer = check.env.sig?.typeParams ?? []
  if (params && tparams.length && outer.includes(tparams[0])) {
    const renamed = tparams.map(tp => {
      const tn = new TypeName(tp.obj.pos, tp.obj.pkg, tp.obj.name, tp)
      const np = new TypeParamCtor(tn, tp.constraint)
      np.index = tp.index
      tn.type = np
      return np
    })
    const m = makeSubstMap(tparams, renamed)
    renamed.forEach(np => { np.constraint = substType(np.constraint, m) })
    tparams = renamed
    params = substType(params, m) as Tuple
  }
  const u = new Unifier(tparams, targs)
  // typed arguments first (named types before unnamed ones, as types2 sorts them)
  const order = args.map((_, i) => i)
  if (args.length >= 2) {
    const named = order.filter(i => hasName(args[i].type))
    const unnamed = order.filter(i => !hasName(args[i].type))
    if (named.length && unnamed.length) order.splice(0, order.length, ...named, ...unnamed)
  }
  const untypedIdx: number[] = []
  if (params) {
    for (const i of order) {
      const par = params.vars[i]
      const arg = args[i]
      if (!par || !isParameterized(tparams, par.type)) continue
      if (arg.invalid) continue
      // generic function arguments are instantiated afterwards from the inferred parameter type (Go 1.21)
      if (arg.type.kind === 'signature' && arg.type.typeParams.length) continue
      if (isTyped(arg.type)) {
        if (!u.unify(par.type, arg.type)) {
          const inferredAny = u.targs.some(t => t)
          if (!inferredAny) {
            check.errorf(arg, 'CannotInferTypeArgs', 'type %s of %s does not match %s (cannot infer %s)', arg.type, arg.expr, par.type, typeParamsString(tparams))
          } else {
            const m = makeSubstMap(tparams, u.targs.map((t, k) => t ?? tparams[k]))
            const inferred = substType(par.type, m)
            if (inferred !== par.type) check.errorf(arg, 'CannotInferTypeArgs', 'type %s of %s does not match inferred type %s for %s', arg.type, arg.expr, inferred, par.type)
            else check.errorf(arg, 'CannotInferTypeArgs', 'type %s of %s does not match %s', arg.type, arg.expr, par.type)
          }
          return null
        }
      } else if (par.type.kind === 'typeparam') untypedIdx.push(i)
    }
  }
  if (u.firstMissing() >= 0) {
    const mismatch = inferB(u, tparams)
    if (mismatch !== null) {
      check.errorf(pos, 'CannotInferTypeArgs', '%s does not match %s%s', mismatch.tp.obj.name, mismatch.tilde, mismatch.type)
      return null
    }
  }
  if (u.firstMissing() >= 0 && params) {
    // untyped arguments: default types, for type parameters not inferred before this step (as Go 1.19)
    const snapshot = u.targs.slice()
    for (const i of untypedIdx) {
      const tp = params.vars[i].type as TypeParam
      const k = tparams.indexOf(tp)
      if (k < 0 || snapshot[k]) continue
      const arg = args[i]
      const d = defaultType(arg.type)
      if (isTyped(d) && !u.unify(tp, d)) {
        const m = makeSubstMap(tparams, u.targs.map((t, j) => t ?? tparams[j]))
        const inferred = substType(tp, m)
        if (inferred !== tp) check.errorf(arg, 'CannotInferTypeArgs', 'default type %s of %s does not match inferred type %s for %s', d, arg.expr, inferred, tp)
        else check.errorf(arg, 'CannotInferTypeArgs', 'default type %s of %s does not match %s', d, arg.expr, tp)
        return null
      }
    }
    const mismatch = inferB(u, tparams)
    if (mismatch !== null) {
      check.errorf(pos, 'CannotInferTypeArgs', '%s does not match %s%s', mismatch.tp.obj.name, mismatch.tilde, mismatch.type)
      return null
    }
  }
  const missing = u.firstMissing()
  if (missing >= 0) {
    const tp = tparams[missing]
    // positions of other packages' objects belong to their own file sets
    const where = tp.obj.pkg && tp.obj.pkg !== check.pkg ? tp.obj.pkg.path : check.position(tp.obj.pos)
    check.errorf(pos, 'CannotInferTypeArgs', 'cannot infer %s (%s)', tp.obj.name, where)
    return null
  }
  return resolveTargs(tparams, u.targs as Type[])
}

export { isParameterized }

/**
 * Infers the type arguments of a generic function value `x` assigned to a variable of function type T
 * (Go 1.21 "reverse" inference). Returns null if T does not determine them.
 */
export function inferFromTarget (sig: import('./types.ts').Signature, T: Type): Type[] | null {
  const tu = underOf(T)
  if (tu.kind !== 'signature') return null
  const u = new Unifier(sig.typeParams, [])
  if (!u.unify(sig.params, tu.params) || !u.unify(sig.results, tu.results) || sig.variadic !== tu.variadic) return null
  if (u.firstMissing() >= 0) return null
  return resolveTargs(sig.typeParams, u.targs as Type[])
}
