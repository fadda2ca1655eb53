/**
 * Type identity via canonical string keys. `typeKey(t)` is equal for two types exactly when Go
 * considers them identical (parameter names and receivers are ignored; struct tags count).
 * Keys of Named and TypeParam types use a per-process unique id, so two distinct declarations never
 * collide. The runtime may use typeKey as a Map key for type descriptors.
 */
import type { Var } from './objects.ts'
import type { Type, Tuple, Signature, Named } from './types.ts'
import { typeSet } from './typeset.ts'

export function identical (a: Type, b: Type): boolean {
  if (a === b) return true
  if (a.kind !== b.kind) {
    // byte vs uint8 etc. are both 'basic'; any other kind mismatch is never identical
    return false
  }
  if (a.kind === 'basic') return a.basicKind === (b as typeof a).basicKind
  if (a.kind === 'named' && (b as typeof a).origin !== a.origin) return false
  if (a.kind === 'typeparam') return false
  return typeKey(a) === typeKey(b)
}

/** identical ignoring struct tags (for conversions) */
export function identicalIgnoreTags (a: Type, b: Type): boolean {
  if (identical(a, b)) return true
  return keyOf(a, true) === keyOf(b, true)
}

export function typeKey (t: Type): string {
  if (t._key !== undefined) return t._key
  if (unique) return keyOf(t, false)
  const k = keyOf(t, false)
  if (t.kind !== 'interface' || t.complete) t._key = k
  return k
}

function fieldName (v: Var): string {
  const c = v.name.charCodeAt(0)
  if ((c >= 65 && c <= 90) || !v.pkg) return v.name
  // unexported names from different packages are different
  if (c < 128) return v.pkg.path + '.' + v.name
  return v.name
}

function tupleKey (t: Tuple, ignoreTags: boolean): string {
  let s = '('
  for (let i = 0; i < t.vars.length; i++) {
    if (i) s += ','
    s += keyOf(t.vars[i].type, ignoreTags)
  }
  return s + ')'
}

function sigKey (t: Signature, ignoreTags: boolean): string {
  let s = 'func'
  if (t.typeParams.length) s += '[' + t.typeParams.map(p => keyOf(p.constraint, ignoreTags)).join(',') + ']'
  s += tupleKey(t.params, ignoreTags)
  if (t.variadic) s += '...'
  return s + tupleKey(t.results, ignoreTags)
}

/** when set, defined types and type parameters are keyed by object identity (see uniqueKey) */
let unique = false

/**
 * A key that is equal only for identical types built from the *same* type objects: unlike
 * typeKey, two checks of the same source give different keys. Used for caches that must not mix
 * types of separately checked packages with the same path (the instance cache).
 */
export function uniqueKey (t: Type): string {
  unique = true
  try { return keyOf(t, false) } finally { unique = false }
}

function keyOf (t: Type, ignoreTags: boolean): string {
  if (!ignoreTags && !unique && t._key !== undefined) return t._key
  switch (t.kind) {
    case 'basic': return 'b' + t.basicKind
    case 'pointer': return '*' + keyOf(t.elem, ignoreTags)
    case 'slice': return '[]' + keyOf(t.elem, ignoreTags)
    case 'array': return '[' + t.len + ']' + keyOf(t.elem, ignoreTags)
    case 'map': return 'map[' + keyOf(t.key, ignoreTags) + ']' + keyOf(t.elem, ignoreTags)
    case 'chan': return 'chan' + t.dir + ' ' + keyOf(t.elem, ignoreTags)
    case 'struct': {
      let s = 'struct{'
      t.fields.forEach((f, i) => {
        if (i) s += ';'
        s += (f.embedded ? '>' : '') + fieldName(f) + ' ' + keyOf(f.type, ignoreTags)
        const tag = t.tag(i)
        if (tag && !ignoreTags) s += ' ' + JSON.stringify(tag)
      })
      return s + '}'
    }
    case 'tuple': return tupleKey(t, ignoreTags)
    case 'signature': return sigKey(t, ignoreTags)
    case 'union': return t.terms.map(x => (x.tilde ? '~' : '') + keyOf(x.type, ignoreTags)).sort().join('|')
    case 'interface': {
      const ts = typeSet(t)
      let s = 'interface{'
      s += ts.methods.map(m => fieldName(m as unknown as Var) + sigKey(m.type as Signature, ignoreTags)).join(';')
      if (ts.comparable) s += ';comparable'
      if (ts.terms) s += ';' + ts.terms.map(x => (x.tilde ? '~' : '') + keyOf(x.type, ignoreTags)).sort().join('|')
      return s + '}'
    }
    case 'named': {
      let s = unique ? namedBase(t.origin) + '@' + t.origin.id : namedBase(t.origin)
      if (t.typeArgs.length) s += '[' + t.typeArgs.map(a => keyOf(a, ignoreTags)).join(',') + ']'
      return s
    }
    case 'typeparam': {
      const p = t.obj.pkg
      return 'P:' + (p ? p.path + '.' : '') + t.obj.name + '#' + (t.localIndex || 'x' + t.id) + (unique ? '@' + t.id : '')
    }
  }
}

/**
 * The identity of a defined type, stable across runs for the same sources: `path.Name` for
 * package-level types, `path.Name#n` for the n-th local type of the package, the bare name for the
 * predeclared `error` and `comparable`.
 */
function namedBase (o: Named): string {
  if (o._base !== undefined) return o._base
  const obj = o.obj
  let b: string
  if (!obj) b = 'N#' + o.id
  else if (!obj.pkg) b = obj.parent ? obj.name : obj.name + '#x' + o.id
  else if (o.localIndex) b = obj.pkg.path + '.' + obj.name + '#' + o.localIndex
  else b = obj.pkg.path + '.' + obj.name
  o._base = b
  return b
}
