/**
 * Field and method lookup through embedding (types2 lookup.go): LookupFieldOrMethod with index paths,
 * missingMethod for interface satisfaction, method sets.
 */
import type { Package } from './package.ts'
import type { Func, Obj, Var } from './objects.ts'
import { Pointer, underOf, type Interface, type Named, type Type } from './types.ts'
import { typeSet } from './typeset.ts'
import { identical } from './identity.ts'
import { isInterface } from './predicates.ts'

export interface LookupResult {
  obj: Var | Func | null
  /** path of field indices to the embedded field, then the field or method index */
  index: number[] | null
  /** a pointer was dereferenced on the way */
  indirect: boolean
  /** a method was found but it needs an addressable receiver / pointer (obj is null then) */
  needsAddr?: boolean
  /** ambiguous selector (obj null, index set) */
  ambiguous?: boolean
}

/** whether obj is the name `name` as seen from package pkg (unexported names are package-local) */
export function sameId (obj: { name: string; pkg: Package | null }, pkg: Package | null, name: string): boolean {
  if (obj.name !== name) return false
  const c = name.charCodeAt(0)
  if (c >= 65 && c <= 90) return true
  if (c >= 128 && name[0] !== name[0].toLowerCase()) return true
  return obj.pkg === pkg || (!!obj.pkg && !!pkg && obj.pkg.path === pkg.path) || !obj.pkg || !pkg
}

export function deref (t: Type): [Type, boolean] {
  if (t.kind === 'pointer') return [t.elem, true]
  return [t, false]
}

/** for a pointer to a struct, the struct type; else t */
export function derefStructPtr (t: Type): Type {
  const u = underOf(t)
  if (u.kind === 'pointer' && underOf(u.elem).kind === 'struct') return u.elem
  return t
}

function hasPtrRecv (f: Func): boolean {
  const sig = f.type
  if (sig.kind !== 'signature' || !sig.recv) return false
  return sig.recv.type.kind === 'pointer'
}

function lookupMethod (methods: Func[], pkg: Package | null, name: string, foldCase: boolean): [number, Func | null] {
  if (name === '_') return [-1, null]
  for (let i = 0; i < methods.length; i++) {
    const m = methods[i]
    if ((m.name === name || (foldCase && m.name.toLowerCase() === name.toLowerCase())) && sameId(m, pkg, m.name)) return [i, m]
  }
  return [-1, null]
}

interface Embedded { typ: Type; index: number[]; indirect: boolean; multiples: boolean }

/**
 * Finds field or method `name` of type T as seen from package pkg. `addressable` tells whether a
 * value of T is addressable (so pointer-receiver methods can be selected).
 */
export function lookupFieldOrMethod (T: Type, addressable: boolean, pkg: Package | null, name: string, foldCase = false): LookupResult {
  if (name === '_') return { obj: null, index: null, indirect: false }
  let r = lookupInternal(T, addressable, pkg, name, foldCase)
  if (!r.obj && !r.ambiguous && !r.needsAddr && T.kind === 'named') {
    // a defined pointer type: look at the base's fields (not methods)
    const u = T.underlying
    if (u.kind === 'pointer') {
      const r2 = lookupInternal(u, false, pkg, name, foldCase)
      if (r2.obj && r2.obj.kind === 'var') r = r2
    }
  }
  return r
}

function lookupInternal (T: Type, addressable: boolean, pkg: Package | null, name: string, foldCase: boolean): LookupResult {
  const [typ0, isPtr] = deref(T)
  if (isPtr && isInterface(typ0)) return { obj: null, index: null, indirect: false }
  let current: Embedded[] = [{ typ: typ0, index: [], indirect: isPtr, multiples: false }]
  const seen = new Set<string>()
  let obj: Var | Func | null = null
  let index: number[] | null = null
  let indirect = false
  while (current.length) {
    const next: Embedded[] = []
    for (const e of current) {
      const typ = e.typ
      if (typ.kind === 'named') {
        const key = 'N' + typ.id
        if (seen.has(key)) continue
        seen.add(key)
        const [i, m] = lookupMethod(typ.allMethods, pkg, name, foldCase)
        if (m) {
          index = [...e.index, i]
          if (obj || e.multiples) return { obj: null, index, indirect: false, ambiguous: true }
          obj = m
          indirect = e.indirect
          continue
        }
      }
      const u = underOf(typ)
      if (u.kind === 'struct') {
        for (let i = 0; i < u.fields.length; i++) {
          const f = u.fields[i]
          if (sameId(f, pkg, name) || (foldCase && f.name.toLowerCase() === name.toLowerCase())) {
            index = [...e.index, i]
            if (obj || e.multiples) return { obj: null, index, indirect: false, ambiguous: true }
            obj = f
            indirect = e.indirect
            continue
          }
          if (!obj && f.embedded) {
            const [ft, p] = deref(f.type)
            next.push({ typ: ft, index: [...e.index, i], indirect: e.indirect || p, multiples: e.multiples })
          }
        }
      } else if (u.kind === 'interface' && typ.kind !== 'typeparam') {
        const [i, m] = lookupMethod(typeSet(u).methods, pkg, name, foldCase)
        if (m) {
          index = [...e.index, i]
          if (obj || e.multiples) return { obj: null, index, indirect: false, ambiguous: true }
          obj = m
          indirect = e.indirect
        }
      } else if (typ.kind === 'typeparam') {
        const [i, m] = lookupMethod(typeSet(typ.iface).methods, pkg, name, foldCase)
        if (m) {
          index = [...e.index, i]
          if (obj || e.multiples) return { obj: null, index, indirect: false, ambiguous: true }
          obj = m
          indirect = e.indirect
        }
      }
    }
    if (obj) {
      if (obj.kind === 'func' && hasPtrRecv(obj) && !indirect && !addressable) {
        return { obj: null, index: null, indirect: false, needsAddr: true }
      }
      return { obj, index, indirect }
    }
    current = consolidate(next)
  }
  return { obj: null, index: null, indirect: false }
}

function consolidate (list: Embedded[]): Embedded[] {
  if (list.length <= 1) return list
  const out: Embedded[] = []
  for (const e of list) {
    const prev = out.find(x => identical(x.typ, e.typ))
    if (prev) prev.multiples = true
    else out.push(e)
  }
  return out
}

/**
 * The first method of interface T that V lacks (or has with the wrong type: then `alt` is V's method).
 * static: V's interface type must have all methods (for assignability); else only common ones are checked
 * (type assertions of interface to interface).
 */
export function missingMethod (V: Type, T: Interface, isStatic: boolean, resolve?: (f: Func) => void): { method: Func | null; alt: Func | null } {
  const tms = typeSet(T).methods
  if (tms.length === 0) return { method: null, alt: null }
  const vu = underOf(V)
  if (vu.kind === 'interface') {
    const vms = typeSet(vu).methods
    for (const m of tms) {
      const [, f] = lookupMethod(vms, m.pkg, m.name, false)
      if (!f) {
        if (!isStatic) continue
        return { method: m, alt: null }
      }
      if (!identical(f.type, m.type)) return { method: m, alt: f }
    }
    return { method: null, alt: null }
  }
  for (const m of tms) {
    let r = lookupFieldOrMethod(V, false, m.pkg, m.name)
    const found = r.obj !== null
    if (!found) {
      r = lookupFieldOrMethod(new Pointer(V), false, m.pkg, m.name)
      if (!r.obj) r = lookupFieldOrMethod(V, false, m.pkg, m.name, true)
    }
    const f = r.obj && r.obj.kind === 'func' ? r.obj : null
    if (!f) return { method: m, alt: null }
    resolve?.(f)
    if (!found || !identical(f.type, m.type)) return { method: m, alt: f }
  }
  return { method: null, alt: null }
}

/** An entry of a method set: the method and the path to it (embedded fields, then method index). */
export interface MethodSetEntry { obj: Func; index: number[]; indirect: boolean }

/**
 * The method set of T (for interfaces: their methods; for *T: methods with value and pointer receivers;
 * for T: value-receiver methods, plus promoted methods through embedded fields), sorted by name.
 */
export function methodSet (T: Type, pkg: Package | null = null): MethodSetEntry[] {
  const names = new Set<string>()
  const collect = (t: Type, seen: Set<Type>): void => {
    const [b] = deref(t)
    if (seen.has(b)) return
    seen.add(b)
    if (b.kind === 'named') for (const m of b.allMethods) names.add(m.name)
    const u = underOf(b)
    if (u.kind === 'interface') for (const m of typeSet(u).methods) names.add(m.name)
    if (u.kind === 'struct') for (const f of u.fields) if (f.embedded) collect(f.type, seen)
  }
  collect(T, new Set())
  const out: MethodSetEntry[] = []
  for (const name of [...names].sort()) {
    const r = lookupFieldOrMethod(T, false, pkg, name)
    if (r.obj && r.obj.kind === 'func' && r.index) out.push({ obj: r.obj, index: r.index, indirect: r.indirect })
  }
  return out
}

export type { Obj, Named }
