/** Type predicates (types2 predicates.go). */
import { BasicInfo, BasicKind, RuneType, Typ, underOf, type Type, type TypeParam } from './types.ts'
import { typeSet } from './typeset.ts'

export const under = underOf

export function isBasic (t: Type, info: number): boolean {
  const u = underOf(t)
  return u.kind === 'basic' && (u.info & info) !== 0
}
export const isBoolean = (t: Type) => isBasic(t, BasicInfo.IsBoolean)
export const isInteger = (t: Type) => isBasic(t, BasicInfo.IsInteger)
export const isUnsigned = (t: Type) => isBasic(t, BasicInfo.IsUnsigned)
export const isFloat = (t: Type) => isBasic(t, BasicInfo.IsFloat)
export const isComplex = (t: Type) => isBasic(t, BasicInfo.IsComplex)
export const isNumeric = (t: Type) => isBasic(t, BasicInfo.IsNumeric)
export const isString = (t: Type) => isBasic(t, BasicInfo.IsString)
export const isIntegerOrFloat = (t: Type) => isBasic(t, BasicInfo.IsInteger | BasicInfo.IsFloat)
export const isConstType = (t: Type) => isBasic(t, BasicInfo.IsConstType)

/** for type parameters: whether every type in the type set satisfies the predicate */
export function allBasic (t: Type, info: number): boolean {
  if (t.kind === 'typeparam') {
    const terms = typeSet(t.iface).terms
    if (terms === null || terms.length === 0) return false
    return terms.every(x => isBasic(x.type, info))
  }
  return isBasic(t, info)
}
export const allBoolean = (t: Type) => allBasic(t, BasicInfo.IsBoolean)
export const allInteger = (t: Type) => allBasic(t, BasicInfo.IsInteger)
export const allUnsigned = (t: Type) => allBasic(t, BasicInfo.IsUnsigned)
export const allNumeric = (t: Type) => allBasic(t, BasicInfo.IsNumeric)
export const allString = (t: Type) => allBasic(t, BasicInfo.IsString)
export const allOrdered = (t: Type) => allBasic(t, BasicInfo.IsOrdered)
export const allNumericOrString = (t: Type) => allBasic(t, BasicInfo.IsNumeric | BasicInfo.IsString)

export function hasName (t: Type): boolean {
  return t.kind === 'basic' || t.kind === 'named' || t.kind === 'typeparam'
}
export function isTyped (t: Type): boolean {
  return t.kind !== 'basic' || (t.info & BasicInfo.IsUntyped) === 0
}
export function isUntyped (t: Type): boolean { return !isTyped(t) }
export function isInterface (t: Type): boolean { return underOf(t).kind === 'interface' }
export function isNonTypeParamInterface (t: Type): boolean { return t.kind !== 'typeparam' && isInterface(t) }
export function isTypeParam (t: Type): t is TypeParam { return t.kind === 'typeparam' }
export function isGeneric (t: Type): boolean {
  return t.kind === 'named' && t.origin === t && t.typeParams.length > 0
}

/**
 * Whether values of type t are comparable with ==. `dynamic`: interfaces count as comparable
 * (they may panic at run time). `report` receives the reason when not comparable.
 */
export function comparable (t: Type, dynamic: boolean, seen: Set<Type> = new Set(), report?: (format: string, t?: Type) => void): boolean {
  if (seen.has(t)) return true
  seen.add(t)
  const u = underOf(t)
  switch (u.kind) {
    case 'basic': return u.basicKind !== BasicKind.UntypedNil
    case 'pointer': case 'chan': return true
    case 'struct':
      for (const f of u.fields) {
        if (!comparable(f.type, dynamic, seen)) {
          report?.('struct containing %s cannot be compared', f.type)
          return false
        }
      }
      return true
    case 'array':
      if (!comparable(u.elem, dynamic, seen)) {
        report?.('%s cannot be compared', t)
        return false
      }
      return true
    case 'interface': {
      if (dynamic && t.kind !== 'typeparam') return true
      const ts = typeSet(u)
      if (ts.comparable) return true
      if (ts.terms !== null) {
        if (ts.terms.length > 0 && ts.terms.every(x => comparable(x.type, false, seen))) return true
      }
      report?.(ts.terms !== null && ts.terms.length === 0 ? 'empty type set' : 'incomparable types in type set')
      return false
    }
  }
  return false
}

/** whether t includes the nil value */
export function hasNil (t: Type): boolean {
  const u = underOf(t)
  switch (u.kind) {
    case 'basic': return u.basicKind === BasicKind.UnsafePointer
    case 'slice': case 'pointer': case 'signature': case 'map': case 'chan': return true
    case 'interface':
      if (t.kind !== 'typeparam') return true
      {
        const terms = typeSet(u).terms
        return terms !== null && terms.length > 0 && terms.every(x => hasNil(x.type))
      }
  }
  return false
}

/** the default type of an untyped type (untyped nil stays untyped nil) */
export function defaultType (t: Type): Type {
  if (t.kind === 'basic') {
    switch (t.basicKind) {
      case BasicKind.UntypedBool: return Typ.Bool
      case BasicKind.UntypedInt: return Typ.Int
      case BasicKind.UntypedRune: return RuneType
      case BasicKind.UntypedFloat: return Typ.Float64
      case BasicKind.UntypedComplex: return Typ.Complex128
      case BasicKind.UntypedString: return Typ.String
    }
  }
  return t
}

/**
 * The core type of t: its underlying type, or for a type parameter the single underlying type
 * shared by all types of its type set (null if there is none).
 */
export function coreType (t: Type): Type | null {
  if (t.kind !== 'typeparam') return underOf(t)
  const terms = typeSet(t.iface).terms
  if (terms === null || terms.length === 0) return null
  let su: Type | null = null
  for (const x of terms) {
    const u = underOf(x.type)
    if (su === null) su = u
    else if (!identicalUnder(su, u)) return null
  }
  return su
}

/** like coreType, but []byte and string count as the same (for append / copy) */
export function coreString (t: Type): Type | null {
  if (t.kind !== 'typeparam') return underOf(t)
  const terms = typeSet(t.iface).terms
  if (terms === null || terms.length === 0) return null
  let su: Type | null = null
  let hasString = false
  for (const x of terms) {
    let u = underOf(x.type)
    if (isString(u)) { u = Typ.String; hasString = true } else if (u.kind === 'slice' && isBasic(u.elem, BasicInfo.IsInteger) && (underOf(u.elem) as { basicKind?: number }).basicKind === BasicKind.Uint8) {
      hasString = true
      u = Typ.String
    }
    if (su === null) su = u
    else if (!identicalUnder(su, u)) return null
  }
  if (hasString) return Typ.String
  return su
}

import { identical } from './identity.ts'
function identicalUnder (a: Type, b: Type): boolean { return identical(a, b) }
