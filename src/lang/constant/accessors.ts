/** Reading Go values out of constants (go/constant's BoolVal, Int64Val, Float64Val, …). */

import { floatToFloat32, floatToFloat64 } from './float.ts'
import { intToFloat } from './ops.ts'
import { ConstantError, type Value } from './value.ts'

const MIN_INT64 = -(1n << 63n)
const MAX_INT64 = (1n << 63n) - 1n
const MAX_UINT64 = (1n << 64n) - 1n

export function boolVal (x: Value): boolean {
  if (x.kind === 'Bool') return x.value
  if (x.kind === 'Unknown') return false
  throw new ConstantError(`${x.kind} not a Bool`)
}

/** The Go string as a byte string (each char code one byte); '' for Unknown. */
export function stringVal (x: Value): string {
  if (x.kind === 'String') return x.bytes
  if (x.kind === 'Unknown') return ''
  throw new ConstantError(`${x.kind} not a String`)
}

/** The Go string's bytes. */
export function stringBytes (x: Value): Uint8Array {
  const s = stringVal(x)
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i)
  return out
}

/** [value, exact]: the int64 value of an Int (wrapped if it does not fit, then exact is false). */
export function int64Val (x: Value): [bigint, boolean] {
  if (x.kind === 'Int') return [BigInt.asIntN(64, x.value), x.value >= MIN_INT64 && x.value <= MAX_INT64]
  if (x.kind === 'Unknown') return [0n, false]
  throw new ConstantError(`${x.kind} not an Int`)
}

/** [value, exact]: the uint64 value of an Int (wrapped if it does not fit, then exact is false). */
export function uint64Val (x: Value): [bigint, boolean] {
  if (x.kind === 'Int') return [BigInt.asUintN(64, x.value), x.value >= 0n && x.value <= MAX_UINT64]
  if (x.kind === 'Unknown') return [0n, false]
  throw new ConstantError(`${x.kind} not an Int`)
}

/** [value, exact]: the nearest float64 of an Int or Float (±Inf on overflow, ±0 on underflow). */
export function float64Val (x: Value): [number, boolean] {
  if (x.kind === 'Int') return floatToFloat64(intToFloat(x))
  if (x.kind === 'Float') return floatToFloat64(x)
  if (x.kind === 'Unknown') return [0, false]
  throw new ConstantError(`${x.kind} not a Float`)
}

/** [value, exact]: the nearest float32 (as a JS number) of an Int or Float. */
export function float32Val (x: Value): [number, boolean] {
  if (x.kind === 'Int') return floatToFloat32(intToFloat(x))
  if (x.kind === 'Float') return floatToFloat32(x)
  if (x.kind === 'Unknown') return [0, false]
  throw new ConstantError(`${x.kind} not a Float`)
}
