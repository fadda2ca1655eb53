/**
 * Arbitrary-precision untyped constants, like go/constant: Bool, String, Int (bigint), Float
 * (exact fractions; a 512-bit binary float once fractions grow past 4096 bits), Complex, Unknown.
 *
 * @example
 * ```ts
 * import { makeFromLiteral, binaryOp, representable, toString } from './constant/index.ts'
 * const x = binaryOp(makeFromLiteral('100', 'INT'), '*', makeFromLiteral('3', 'INT'))
 * toString(x)                              // '300'
 * representable(x, 'uint8').ok             // false → "constant 300 overflows byte"
 * toString(makeFromLiteral('1e1000', 'FLOAT'))  // '1e+1000'
 * ```
 */

export type { Kind, Value, UnknownVal, BoolVal, StringVal, IntVal, FloatVal, ComplexVal } from './value.ts'
export {
  ConstantError,
  makeUnknown,
  makeBool,
  makeString,
  makeStringBytes,
  makeInt,
  makeInt64,
  makeUint64,
  makeRat,
  makeComplex,
  makeImag,
  utf8Encode,
  encodeRune,
  decodeRune,
} from './value.ts'
export { makeFromLiteral, unquote, unquoteChar, type UnquotedChar } from './literal.ts'
export {
  unaryOp,
  binaryOp,
  shift,
  compare,
  toInt,
  toFloat,
  toComplex,
  sign,
  bitLenOf as bitLen,
  real,
  imag,
  num,
  denom,
  type ConstBinaryOp,
  type ConstUnaryOp,
  type CompareOp,
} from './ops.ts'
export { boolVal, stringVal, stringBytes, int64Val, uint64Val, float64Val, float32Val } from './accessors.ts'
export { representable, isIntegerKind, type BasicKind, type Representation } from './representable.ts'
export { toString, exactString, quoteBytes, quoteRune, formatFloat64G } from './format.ts'
export { isPrint } from '../syntax/unicode.ts'
export { float64ToFloat as makeFloat64Exact, roundFloat32 } from './float.ts'

import { float64ToFloat } from './float.ts'
import { makeUnknown, type Value } from './value.ts'

/** MakeFloat64: the exact Float of a float64 (-0 → 0); Unknown for NaN and ±Inf. */
export function makeFloat64 (x: number): Value {
  return float64ToFloat(x) ?? makeUnknown()
}
