/**
 * Binary operators: arithmetic per representation (wrapping ints, bigint int64, float32
 * rounding, complex), shifts and comparisons.
 */
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import { rep, under, isAgg, isIface, isSmallInt, isComplexRep, wrapSmall, smallBits } from './typeinfo.ts'
import type { Ctx } from './context.ts'
import { convert, expr } from './expressions.ts'
import { typeOf } from './generics.ts'
import { eqExpr } from './values.ts'

/** arithmetic a op b in type t */
export function binary (cx: Ctx, op: string, a: string, b: string, t: T.Type, _xt: T.Type): string {
  const r = rep(t)
  if (r === 'string') return op === '+' ? `cat(${a}, ${b})` : `(${a} ${op} ${b})`
  if (r === 'f64') return `(${a} ${op} ${b})`
  if (r === 'f32') return `Math.fround(${a} ${op} ${b})`
  if (r === 'bool') return `(${a} ${op} ${b})`
  if (r === 'int' || r === 'uint') {
    const pfx = r === 'int' ? 'i' : 'u'
    switch (op) {
      case '+': return `${pfx}add(${a}, ${b})`
      case '-': return `${pfx}sub(${a}, ${b})`
      case '*': return `${pfx}mul(${a}, ${b})`
      case '/': return `${pfx}div(${a}, ${b})`
      case '%': return `${pfx}rem(${a}, ${b})`
      case '&': return `iand(${a}, ${b})`
      case '|': return `ior(${a}, ${b})`
      case '^': return `ixor(${a}, ${b})`
      case '&^': return `iandnot(${a}, ${b})`
      case '<<': case '>>': return shift(cx, op, a, b, t, T.Typ.Uint)
    }
  }
  if (r === 'big' || r === 'ubig') {
    const w = r === 'big' ? 'BigInt.asIntN' : 'BigInt.asUintN'
    switch (op) {
      case '+': case '-': case '*': {
        // wrapping is a ring homomorphism: wrap once around a chain of + - *
        const res = `${w}(64, ${cx.unwrapped.get(a) ?? a} ${op} ${cx.unwrapped.get(b) ?? b})`
        cx.unwrapped.set(res, `(${cx.unwrapped.get(a) ?? a} ${op} ${cx.unwrapped.get(b) ?? b})`)
        return res
      }
      case '/': return r === 'big' ? `div64(${a}, ${b})` : `udiv64(${a}, ${b})`
      case '%': return `rem64(${a}, ${b})`
      case '&': case '|': case '^': return `(${a} ${op} ${b})`
      case '&^': return `(${a} & ~${b})`
      case '<<': case '>>': return shift(cx, op, a, b, t, T.Typ.Uint)
    }
  }
  if (isSmallInt(r)) {
    switch (op) {
      case '+': case '-': return wrapSmall(r, `${a} ${op} ${b}`)
      case '*': return r === 'i32' || r === 'u32' ? wrapSmall(r, `Math.imul(${a}, ${b})`) : wrapSmall(r, `${a} * ${b}`)
      case '/': return wrapSmall(r, `div32(${a}, ${b})`)
      case '%': return `rem32(${a}, ${b})`
      case '&': case '|': case '^': return r === 'u32' ? `((${a} ${op} ${b}) >>> 0)` : `(${a} ${op} ${b})`
      case '&^': return wrapSmall(r, `${a} & ~${b}`)
      case '<<': case '>>': return shift(cx, op, a, b, t, T.Typ.Uint)
    }
  }
  if (r === 'c128' || r === 'c64') {
    const fn = ({ '+': 'cadd', '-': 'csub', '*': 'cmul', '/': 'cdiv' } as Record<string, string>)[op]
    if (fn !== undefined) return `${fn}${r === 'c64' ? '64' : ''}(${a}, ${b})`
  }
  throw new Error(`compiler: binary ${op} on ${r}`)
}

export function shift (cx: Ctx, op: string, a: string, b: string, t: T.Type, yt: T.Type): string {
  const r = rep(t)
  const yr = rep(yt)
  if ((r === 'big' || r === 'ubig') && /^\d+n?$/.test(b)) {
    const c = Number(b.replace('n', ''))
    if (op === '<<') return c >= 64 ? '0n' : `BigInt.${r === 'big' ? 'asIntN' : 'asUintN'}(64, ${a} << ${c}n)`
    return `(${a} >> ${Math.min(c, 64)}n)`
  }
  const n = /^\d+$/.test(b) ? b : (yr === 'big' || yr === 'ubig' || yr === 'int' || yr === 'uint' || yr === 'i8' || yr === 'i16' || yr === 'i32') ? `shiftCount(${b})` : b
  const left = op === '<<'
  switch (r) {
    case 'int': return left ? `ishl(${a}, ${n})` : `ishr(${a}, ${n})`
    case 'uint': return left ? `ushl(${a}, ${n})` : `ushr(${a}, ${n})`
    case 'big': return left ? `shl64(${a}, ${n})` : `shr64(${a}, ${n})`
    case 'ubig': return left ? `ushl64(${a}, ${n})` : `ushr64(${a}, ${n})`
  }
  if (isSmallInt(r)) {
    const [bits, signed] = smallBits[r]
    const c = /^\d+$/.test(n) ? Number(n) : -1
    if (left) {
      if (c >= 0) return c >= 32 ? '0' : wrapSmall(r, `${a} << ${c}`)
      return `((s) => s >= 32 ? 0 : ${wrapSmall(r, `${a} << s`)})(${n})`
    }
    if (signed) return c >= 0 ? `(${a} >> ${Math.min(c, 31)})` : `(${a} >> Math.min(${n}, 31))`
    if (c >= 0) return c >= 32 ? '0' : `(${a} >>> ${c})`
    void bits
    return `((s) => s >= 32 ? 0 : ${a} >>> s)(${n})`
  }
  throw new Error(`compiler: shift of ${r}`)
}

export function compareExprs (cx: Ctx, e: ast.BinaryExpr): string {
  let xt = typeOf(cx, e.x); let yt = typeOf(cx, e.y)
  let a = expr(cx, e.x); let b = expr(cx, e.y)
  const xnil = xt.kind === 'basic' && xt.basicKind === T.BasicKind.UntypedNil
  const ynil = yt.kind === 'basic' && yt.basicKind === T.BasicKind.UntypedNil
  if (xnil || ynil) {
    const other = xnil ? yt : xt
    const v = xnil ? b : a
    const neg = e.op === '!='
    if (under(other).kind === 'slice') return `(${v}.a ${neg ? '!==' : '==='} null)`
    return `(${v} ${neg ? '!==' : '==='} null)`
  }
  // mixed interface / concrete: convert the concrete side
  if (isIface(xt) && !isIface(yt)) { b = convert(cx, b, yt, xt); yt = xt }
  if (isIface(yt) && !isIface(xt)) { a = convert(cx, a, xt, yt); xt = yt }
  return compare(cx, e.op, a, b, xt, yt)
}

export function compare (cx: Ctx, op: string, a: string, b: string, t: T.Type, _yt: T.Type): string {
  const u = under(t)
  if (u.kind === 'interface') return op === '==' ? `ifaceEq(${a}, ${b})` : `!ifaceEq(${a}, ${b})`
  if (u.kind === 'struct' || u.kind === 'array') {
    const eq = eqExpr(cx, t, a, b)
    return op === '==' ? `(${eq})` : `!(${eq})`
  }
  if (u.kind === 'pointer' && !isAgg(u.elem)) {
    // pointers to elements or fields are small objects: equal when they denote the same location
    return op === '==' ? `ptrEq(${a}, ${b})` : `!ptrEq(${a}, ${b})`
  }
  if (u.kind === 'basic' && isComplexRep(rep(u))) return op === '==' ? `ceq(${a}, ${b})` : `!ceq(${a}, ${b})`
  const jsop = op === '==' ? '===' : op === '!=' ? '!==' : op
  return `(${a} ${jsop} ${b})`
}
