/** The checker's view of the constant package (src/lang/constant, like go/constant). */
import * as constant from '../constant/index.ts'
import type { Value } from '../constant/index.ts'

export type { Value }
export const { makeBool, makeInt64, makeUnknown, makeString, makeFromLiteral, toInt, toFloat, toComplex, compare, sign, shift } = constant

/** the int64 value of an Int constant that fits, else null */
export function int64Val (v: Value): bigint | null {
  if (v.kind !== 'Int') return null
  const [n, exact] = constant.int64Val(v)
  return exact ? n : null
}

/** a Go string literal's value as a JS string of bytes (each char code 0..255); null if malformed */
export function unquoteString (lit: string): string | null {
  return constant.unquote(lit)
}

/** the value as go/constant's String() prints it in messages */
export function valString (v: Value): string {
  return constant.toString(v)
}
