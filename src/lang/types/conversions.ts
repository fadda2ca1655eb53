/** Conversions T(x) (types2 conversions.go). */
import * as constant from '../constant/index.ts'
import type { Value } from '../constant/index.ts'
import { Checker } from './checker.ts'
import { Operand } from './operand.ts'
import { BasicKind, Typ, underOf, type Type } from './types.ts'
import {
  allString, defaultType, isComplex, isConstType, isInteger, isIntegerOrFloat, isNonTypeParamInterface, isString,
  isTypeParam, isUntyped,
} from './predicates.ts'
import { identical, identicalIgnoreTags } from './identity.ts'
import { representableConst } from './const.ts'
import { assignableTo } from './assign.ts'
import { updateExprType } from './expr.ts'
import { typeSet } from './typeset.ts'

function isBytesOrRunes (t: Type): boolean {
  const u = underOf(t)
  if (u.kind !== 'slice') return false
  const e = underOf(u.elem)
  return e.kind === 'basic' && (e.basicKind === BasicKind.Uint8 || e.basicKind === BasicKind.Int32)
}

export function conversion (check: Checker, x: Operand, T: Type): void {
  const constArg = x.mode === 'constant'
  const constConvertibleTo = (T: Type, out: { v: Value } | null): boolean => {
    const t = underOf(T)
    if (t.kind !== 'basic') return false
    if (representableConst(x.val!, t, out)) return true
    if (isInteger(x.type) && isString(t)) {
      let cp = 0xfffd
      const v = x.val!
      if (v.kind === 'Int' && v.value >= 0n && v.value <= 0x10ffffn) cp = Number(v.value)
      if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd
      if (out) out.v = constant.makeStringBytes(constant.encodeRune(cp))
      return true
    }
    return false
  }
  let ok = false
  const cause = { msg: '' }
  if (constArg && isConstType(T)) {
    const out = { v: x.val! }
    ok = constConvertibleTo(T, out)
    if (ok) x.val = out.v
  } else if (constArg && isTypeParam(T)) {
    const terms = typeSet(T.iface).terms
    if (!terms || !terms.length) { cause.msg = check.sprintf('%s does not contain specific types', T); ok = false } else {
      ok = true
      for (const t of terms) {
        const u = underOf(t.type)
        if (isString(x.type) && isBytesOrRunes(u)) continue
        if (!constConvertibleTo(u, null)) { cause.msg = check.sprintf('cannot convert %s to %s (in %s)', x, u, T); ok = false; break }
      }
    }
    x.mode = 'value'
  } else if (convertibleTo(check, x, T, cause)) {
    ok = true
    x.mode = 'value'
  }
  if (!ok) {
    if (cause.msg) check.errorParts([[x.expr ?? 0, check.sprintf('cannot convert %s to type %s:', x, T)], [0, cause.msg]], 'InvalidConversion')
    else check.errorf(x, 'InvalidConversion', 'cannot convert %s to type %s', x, T)
    x.mode = 'invalid'
    return
  }
  if (isUntyped(x.type)) {
    let final = T
    if (x.type === Typ.UntypedNil) { /* keep */ } else if (isNonTypeParamInterface(T) || (constArg && !isConstType(T))) final = defaultType(x.type)
    else if (x.mode === 'constant' && isInteger(x.type) && allString(T)) final = x.type
    updateExprType(check, x.expr, final, true)
  }
  if (x.mode !== 'constant') x.val = null
  x.type = T
}

export function convertibleTo (check: Checker, x: Operand, T: Type, cause: { msg: string } | null): boolean {
  if (assignableTo(check, x, T, cause)) return true
  const V = x.type
  const Vu = underOf(V)
  const Tu = underOf(T)
  const Vp = V.kind === 'typeparam' ? V : null
  const Tp = T.kind === 'typeparam' ? T : null
  if (identicalIgnoreTags(Vu, Tu) && !Vp && !Tp) return true
  if (V.kind === 'pointer' && T.kind === 'pointer') {
    if (identicalIgnoreTags(underOf(V.elem), underOf(T.elem)) && !isTypeParam(V.elem) && !isTypeParam(T.elem)) return true
  }
  if (isIntegerOrFloat(Vu) && isIntegerOrFloat(Tu)) return true
  if (isComplex(Vu) && isComplex(Tu)) return true
  if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu)) return true
  if (isString(Vu) && isBytesOrRunes(Tu)) return true
  if (Vu.kind === 'slice' && Tu.kind === 'pointer') {
    const a = underOf(Tu.elem)
    if (a.kind === 'array' && identical(Vu.elem, a.elem)) return true
  }
  if (!Vp && !Tp) return false
  const termsOf = (t: Type) => typeSet(underOf(t) as import('./types.ts').Interface).terms
  const err = (msg: string) => { if (cause) cause.msg = cause.msg ? msg + '\n\t' + cause.msg : msg }
  if (Vp && Tp) {
    const vs = termsOf(Vp)
    const ts = termsOf(Tp)
    if (!vs || !vs.length || !ts || !ts.length) return false
    for (const v of vs) {
      for (const t of ts) {
        const y = x.copy()
        y.type = v.type
        if (!convertibleTo(check, y, t.type, cause)) { err(check.sprintf('cannot convert %s (in %s) to %s (in %s)', v.type, Vp, t.type, Tp)); return false }
      }
    }
    return true
  }
  if (Vp) {
    const vs = termsOf(Vp)
    if (!vs || !vs.length) return false
    for (const v of vs) {
      const y = x.copy()
      y.type = v.type
      if (!convertibleTo(check, y, T, cause)) { err(check.sprintf('cannot convert %s (in %s) to %s', v.type, Vp, T)); return false }
    }
    return true
  }
  const ts = termsOf(Tp!)
  if (!ts || !ts.length) return false
  for (const t of ts) {
    if (!convertibleTo(check, x, t.type, cause)) { err(check.sprintf('cannot convert %s to %s (in %s)', x.type, t.type, Tp)); return false }
  }
  return true
}
