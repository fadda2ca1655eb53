/** Instantiation of generic types and functions, with canonical instances, and constraint checks. */
import type * as ast from '../syntax/ast.ts'
import type { Checker } from './checker.ts'
import { Func } from './objects.ts'
import { Named, Signature, Typ, Pointer, underOf, type Type, type TypeParam } from './types.ts'
import { uniqueKey, identical } from './identity.ts'
import { substType, type SubstMap } from './subst.ts'
import { typeSet } from './typeset.ts'
import { missingMethod } from './lookup.ts'
import { comparable, isInterface } from './predicates.ts'

/** resolves a method's signature before it is instantiated (set by the checker of the package) */
export let resolveFunc: ((f: Func) => void) | null = null
export function setResolveFunc (f: ((f: Func) => void) | null): void { resolveFunc = f }

const instances = new WeakMap<Named, Map<string, Named>>()

export function makeSubstMap (tparams: TypeParam[], targs: Type[]): SubstMap {
  const m: SubstMap = new Map()
  tparams.forEach((p, i) => { if (i < targs.length) m.set(p, targs[i]) })
  return m
}

/** the canonical instance orig[targs] (same object for identical type arguments) */
export function instance (orig: Named, targs: Type[]): Named {
  orig = orig.origin
  let cache = instances.get(orig)
  if (!cache) instances.set(orig, cache = new Map())
  const key = targs.map(uniqueKey).join(',')
  const hit = cache.get(key)
  if (hit) return hit
  const inst = new Named(orig.obj)
  inst.origin = orig
  inst.typeArgs = targs
  inst.typeParams = orig.typeParams
  inst._expand = expandInstance
  cache.set(key, inst)
  return inst
}

function expandInstance (n: Named): void {
  const orig = n.origin
  if (orig.rawUnderlying === null) {
    // the generic type is still being declared: try again later
    n.underlying = Typ.Invalid
    n._expand = expandInstance
    return
  }
  const m = makeSubstMap(orig.typeParams, n.typeArgs)
  n.underlying = substType(orig.underlying, m)
  n.methods = []
  n._methodCount = -1
}

/** the methods of an instance, instantiated (kept in sync with the origin's method list) */
export function instanceMethods (n: Named): Func[] {
  const orig = n.origin
  if (n._methodCount === orig.methods.length) return n.methods
  const out: Func[] = []
  for (const f of orig.methods) {
    if (resolveFunc && f.type === Typ.Invalid) resolveFunc(f)
    const sig = f.type
    if (sig.kind !== 'signature') { out.push(f); continue }
    const m = makeSubstMap(sig.recvTypeParams, n.typeArgs)
    const nsig = substType(sig, m) as Signature
    let recvT: Type = n
    if (sig.recv && sig.recv.type.kind === 'pointer') recvT = new Pointer(n)
    const s2 = new Signature(null, nsig.params, nsig.results, nsig.variadic)
    if (sig.recv) {
      const r = new (sig.recv.constructor as typeof import('./objects.ts').Var)(sig.recv.pos, sig.recv.pkg, sig.recv.name, recvT)
      s2.recv = r
    }
    const nf = new Func(f.pos, f.pkg, f.name, s2)
    nf.origin = f
    nf.hasBody = f.hasBody
    nf.decl = f.decl
    out.push(nf)
  }
  n.methods = out
  n._methodCount = orig.methods.length
  return out
}

/** instantiates a generic function signature */
export function instantiateSignature (sig: Signature, targs: Type[]): Signature {
  const m = makeSubstMap(sig.typeParams, targs)
  const s = substType(sig, m) as Signature
  const r = new Signature(sig.recv, s.params, s.results, s.variadic)
  return r
}

export function recordInstance (check: Checker, id: ast.Ident, targs: Type[], t: Signature | Named): void {
  check.info.instances.set(id, { typeArgs: targs, type: t })
}

/**
 * Checks that each type argument satisfies its constraint; returns the first failure with the
 * argument index and message.
 */
export function verify (check: Checker, tparams: TypeParam[], targs: Type[]): { index: number; msg: string } | null {
  const m = makeSubstMap(tparams, targs)
  for (let i = 0; i < tparams.length && i < targs.length; i++) {
    const bound = substType(tparams[i].constraint, m)
    const msg = implementsMsg(check, targs[i], bound, true)
    if (msg) return { index: i, msg }
  }
  return null
}

/** why V does not implement T ('' if it does); constraint: T is used as a type constraint */
export function implementsMsg (check: Checker, V: Type, T: Type, constraint: boolean): string {
  const Vu = underOf(V)
  const Tu = underOf(T)
  if (Vu === Typ.Invalid || Tu === Typ.Invalid) return ''
  if (Vu.kind === 'pointer' && underOf(Vu.elem) === Typ.Invalid) return ''
  const s = (f: string, ...a: unknown[]) => check.sprintf(f, ...a)
  if (Tu.kind !== 'interface') {
    let cause: string
    if (Tu.kind === 'pointer' && isInterface(Tu.elem)) cause = s('type %s is pointer to interface, not interface', T)
    else cause = s('%s is not an interface', T)
    return s('%s does not implement %s (%s)', V, T, cause)
  }
  const tts = typeSet(Tu)
  if (tts.methods.length === 0 && tts.terms === null && !tts.comparable) return ''
  const Vi = Vu.kind === 'interface' ? Vu : null
  if (Vi) {
    const vts = typeSet(Vi)
    if (vts.terms !== null && vts.terms.length === 0) return ''
  }
  if (tts.terms !== null && tts.terms.length === 0) return s('cannot implement %s (empty type set)', T)
  const mm = missingMethod(V, Tu, true, resolveFunc ?? undefined)
  if (mm.method) return s('%s does not implement %s %s', V, T, missingMethodReason(check, V, T, mm.method, mm.alt))
  let pending = ''
  // Go 1.20: V must be strictly comparable, except that for constraint satisfaction spec
  // comparability suffices, so ordinary (non-type-parameter) interfaces such as `any` satisfy
  // `comparable`; comparing their dynamic values may then panic at run time.
  if (tts.comparable && !comparable(V, false) && !(constraint && comparable(V, true))) pending = s('%s does not implement comparable', V)
  if (tts.terms === null) return pending
  if (Vi) {
    const vts = typeSet(Vi)
    if (vts.terms === null || !vts.terms.every(x => tts.terms!.some(y => y.tilde ? identical(y.type, underOf(x.type)) : (!x.tilde && identical(x.type, y.type))))) {
      return s('%s does not implement %s', V, T)
    }
    return pending
  }
  const includes = (tilde: boolean, t: Type, v: Type) => tilde ? identical(t, underOf(v)) : identical(t, v)
  if (!tts.terms.some(x => includes(x.tilde, x.type, V))) {
    let alt: Type | null = null
    for (const x of tts.terms) {
      if (!x.tilde && identical(x.type, underOf(x.type)) && includes(true, x.type, V)) { alt = x.type; break }
    }
    if (alt) return s('%s does not implement %s (possibly missing ~ for %s in constraint %s)', V, T, alt, T)
    const termStr = tts.terms.map(x => (x.tilde ? '~' : '') + check.argString(x.type)).join(' | ')
    return s('%s does not implement %s (%s missing in %s)', V, T, V, termStr)
  }
  return pending
}

export function missingMethodReason (check: Checker, V: Type, T: Type, m: Func, alt: Func | null): string {
  const mname = m.name + ' method'
  const fs = (f: Func) => f.name + check.argString(f.type).replace(/^func/, '')
  if (alt) {
    if (m.name !== alt.name) return check.sprintf('(missing %s)\n\t\thave %s\n\t\twant %s', mname, fs(alt), fs(m))
    if (identical(m.type, alt.type)) return check.sprintf('(%s has pointer receiver)', mname)
    return check.sprintf('(wrong type for %s)\n\t\thave %s\n\t\twant %s', mname, fs(alt), fs(m))
  }
  const isIfacePtr = (t: Type) => { const u = underOf(t); return u.kind === 'pointer' && isInterface(u.elem) }
  if (isIfacePtr(V)) return '(' + check.sprintf('type %s is pointer to interface, not interface', V) + ')'
  if (isIfacePtr(T)) return '(' + check.sprintf('type %s is pointer to interface, not interface', T) + ')'
  return check.sprintf('(missing %s)', mname)
}

import { setInstanceMethodsHook } from './types.ts'
setInstanceMethodsHook(instanceMethods)
