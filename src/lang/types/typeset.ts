/**
 * Interface type sets (types2 typeset.go, simplified): the full method set (own + embedded) and the
 * term list (null = all types), plus whether the set is restricted to comparable types.
 */
import type { Func } from './objects.ts'
import { Term, underOf, type Interface, type Type } from './types.ts'
import { identical } from './identity.ts'
import { comparableType } from './universe.ts'

export interface TypeSet {
  /** all methods, sorted by name */
  methods: Func[]
  /** null means "all types" */
  terms: Term[] | null
  comparable: boolean
}

const computing = new Set<Interface>()

export function typeSet (iface: Interface): TypeSet {
  if (iface._tset) return iface._tset
  if (computing.has(iface)) return { methods: iface.methods.slice(), terms: null, comparable: false }
  computing.add(iface)
  try {
    const ts = compute(iface)
    if (iface.complete) iface._tset = ts
    return ts
  } finally {
    computing.delete(iface)
  }
}

function compute (iface: Interface): TypeSet {
  const methods = new Map<string, Func>()
  for (const m of iface.methods) if (!methods.has(m.name)) methods.set(m.name, m)
  let terms: Term[] | null = null
  let comparable = iface === comparableType.underlying
  for (const e of iface.embeddeds) {
    const u = underOf(e)
    if (u.kind === 'interface') {
      const ets = typeSet(u)
      for (const m of ets.methods) if (!methods.has(m.name)) methods.set(m.name, m)
      if (ets.comparable) comparable = true
      terms = intersectTerms(terms, ets.terms)
    } else if (u.kind === 'union') {
      terms = intersectTerms(terms, unionTerms(u.terms))
    } else if (u.kind !== 'basic' || u.basicKind !== 0) {
      terms = intersectTerms(terms, [new Term(false, e)])
    }
  }
  const sorted = [...methods.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return { methods: sorted, terms, comparable }
}

/** the term list of a union `A | ~B | I` (interfaces in unions contribute their term lists) */
export function unionTerms (ts: Term[]): Term[] | null {
  const out: Term[] = []
  for (const t of ts) {
    const u = underOf(t.type)
    if (!t.tilde && u.kind === 'interface') {
      const s = typeSet(u)
      if (s.terms === null) return null
      for (const x of s.terms) addTerm(out, x)
    } else addTerm(out, t)
  }
  return out
}

function addTerm (list: Term[], t: Term): void {
  for (let i = 0; i < list.length; i++) {
    const x = list[i]
    if (termSubsumes(x, t)) return
    if (termSubsumes(t, x)) { list[i] = t; return }
  }
  list.push(t)
}

/** x ⊇ y */
function termSubsumes (x: Term, y: Term): boolean {
  if (x.tilde) return identical(x.type, y.tilde ? y.type : underOf(y.type))
  return !y.tilde && identical(x.type, y.type)
}

function intersectTerm (x: Term, y: Term): Term | null {
  if (x.tilde && y.tilde) return identical(x.type, y.type) ? x : null
  if (x.tilde) return identical(x.type, underOf(y.type)) ? y : null
  if (y.tilde) return identical(underOf(x.type), y.type) ? x : null
  return identical(x.type, y.type) ? x : null
}

export function intersectTerms (a: Term[] | null, b: Term[] | null): Term[] | null {
  if (a === null) return b
  if (b === null) return a
  const out: Term[] = []
  for (const x of a) {
    for (const y of b) {
      const r = intersectTerm(x, y)
      if (r) addTerm(out, r)
    }
  }
  return out
}

/** whether type t is in the term list (t is not a type parameter) */
export function termsInclude (terms: Term[] | null, t: Type): boolean {
  if (terms === null) return true
  for (const x of terms) {
    if (x.tilde ? identical(x.type, underOf(t)) : identical(x.type, t)) return true
  }
  return false
}

/** the method named name in iface's type set */
export function interfaceMethod (iface: Interface, name: string): Func | undefined {
  const ms = typeSet(iface).methods
  for (const m of ms) if (m.name === name) return m
  return undefined
}

/** whether the interface is a plain method set (usable as a value type) */
export function isMethodSetInterface (iface: Interface): boolean {
  const ts = typeSet(iface)
  return ts.terms === null && !ts.comparable
}
