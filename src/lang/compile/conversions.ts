/**
 * Explicit conversions `T(x)` between numeric, string, slice, array and interface types.
 */
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import { rep, under, isAgg, isIface, isSmallInt, isIntRep, isComplexRep, smallBits } from './typeinfo.ts'
import type { Ctx } from './context.ts'
import { isFresh } from './escape.ts'
import { convert, expr } from './expressions.ts'
import { typeOf, sub } from './generics.ts'
import { cloneExpr, zero } from './values.ts'

export function conversion (cx: Ctx, e: ast.CallExpr, to0: T.Type): string {
  const to = sub(cx, to0)
  const arg = e.args[0]
  const from = typeOf(cx, arg)
  const x = expr(cx, arg)
  if (isIface(to)) return convert(cx, isAgg(from) && !isFresh(arg) ? cloneExpr(cx, from, x) : x, from, to)
  const fu = under(from); const tu = under(to)
  const fr = rep(from); const tr = rep(to)
  if (fr === 'nil') return zero(cx, to)
  if (tr === 'string') {
    if (fr === 'string') return x
    if (fu.kind === 'slice') {
      return rep((fu as T.Slice).elem) === 'u8' ? `bytesToString(${x})` : `runesToString(${x})`
    }
    if (isIntRep(fr)) return `runeToStr(${x})`
  }
  if (tu.kind === 'slice' && fr === 'string') {
    return rep(tu.elem) === 'u8' ? `stringToBytes(${x})` : `stringToRunes(${x})`
  }
  if (tu.kind === 'array' && fu.kind === 'slice') return `sliceToArr(${x}, ${tu.len})`
  if (tu.kind === 'pointer' && fu.kind === 'slice') return `sliceToArrPtr(${x}, ${(under(tu.elem) as T.ArrayType).len})`
  if (isIntRep(tr)) {
    if (fr === 'f64' || fr === 'f32') {
      if (tr === 'int') return `floatToInt(${x})`
      if (tr === 'uint') return `floatToUint(${x})`
      if (tr === 'big') return `floatToBig(${x}, true)`
      if (tr === 'ubig') return `floatToBig(${x}, false)`
      const [bits, signed] = smallBits[tr]
      return `floatToSmall(${x}, ${bits}, ${String(signed)})`
    }
    if (fr === tr) return x
    switch (tr) {
      case 'int': return fr === 'uint' || fr === 'big' || fr === 'ubig' ? `toInt(${x})` : x
      case 'uint': return `toUint(${x})`
      case 'big': return `toInt64(${x})`
      case 'ubig': return `toUint64(${x})`
    }
    const [bits, signed] = smallBits[tr]
    if (isSmallInt(fr)) {
      const [fb, fs] = smallBits[fr]
      if (fb < bits && (signed || !fs)) return x // widening that keeps the value
    }
    return `toSmall(${x}, ${bits}, ${String(signed)})`
  }
  if (tr === 'f64' || tr === 'f32') {
    let v = x
    if (fr === 'int' || fr === 'uint' || fr === 'big' || fr === 'ubig') v = `intToFloat(${x})`
    return tr === 'f32' && fr !== 'f32' ? `Math.fround(${v})` : v
  }
  if (tr === 'c64' && fr === 'c128') return `((c) => cmk64(c.re, c.im))(${x})`
  if (isComplexRep(tr) && !isComplexRep(fr)) {
    // only a constant reaches here (T(1) with a type parameter T whose type set has complex types)
    const f = isIntRep(fr) ? `intToFloat(${x})` : x
    return tr === 'c64' ? `cmk64(${f}, 0)` : `cmk(${f}, 0)`
  }
  if (isAgg(to) && !isFresh(arg)) return cloneExpr(cx, to, x)
  return x
}
