/**
 * Whether a constant fits a basic type (go/types' representableConst, 64-bit int/uint/uintptr),
 * and the value rounded to that type (floats rounded to float32/float64, floats made Int).
 */

import { float32Val, float64Val } from './accessors.ts'
import { float64ToFloat } from './float.ts'
import { binaryOp, imag, real, toComplex, toFloat, toInt } from './ops.ts'
import { makeImag, type Value } from './value.ts'

/** Go's basic types, by their Go spelling (untyped kinds as go/types prints them). */
export type BasicKind =
  | 'bool' | 'string'
  | 'int' | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'uintptr'
  | 'float32' | 'float64' | 'complex64' | 'complex128'
  | 'untyped bool' | 'untyped int' | 'untyped rune' | 'untyped float' | 'untyped complex'
  | 'untyped string' | 'untyped nil'

export type Representation = { ok: true; value: Value } | { ok: false }

const INT_RANGES: Record<string, [bigint, bigint]> = {
  int: [-(1n << 63n), (1n << 63n) - 1n],
  int8: [-128n, 127n],
  int16: [-32768n, 32767n],
  int32: [-(1n << 31n), (1n << 31n) - 1n],
  int64: [-(1n << 63n), (1n << 63n) - 1n],
  uint: [0n, (1n << 64n) - 1n],
  uint8: [0n, 255n],
  uint16: [0n, 65535n],
  uint32: [0n, (1n << 32n) - 1n],
  uint64: [0n, (1n << 64n) - 1n],
  uintptr: [0n, (1n << 64n) - 1n],
}

export function isIntegerKind (k: BasicKind): boolean {
  return k in INT_RANGES || k === 'untyped int' || k === 'untyped rune'
}

/** Rounds x to float64: the rounded constant, or null on overflow. */
function roundFloat64 (x: Value): Value | null {
  const [f] = float64Val(x)
  if (f === Infinity || f === -Infinity) return null
  return float64ToFloat(f)
}

function roundFloat32 (x: Value): Value | null {
  const [f] = float32Val(x)
  if (f === Infinity || f === -Infinity) return null
  return float64ToFloat(f)
}

/**
 * Whether x is representable by a value of type `kind`; if so, `value` is x rounded to it.
 * Unknown is representable by everything (to avoid follow-up errors).
 */
export function representable (x: Value, kind: BasicKind): Representation {
  if (x.kind === 'Unknown') return { ok: true, value: x }
  const range = INT_RANGES[kind]
  if (range !== undefined || kind === 'untyped int' || kind === 'untyped rune') {
    if (x.kind !== 'Int' && x.kind !== 'Float' && x.kind !== 'Complex') return { ok: false }
    const v = toInt(x)
    if (v.kind !== 'Int') return { ok: false }
    if (range !== undefined && (v.value < range[0] || v.value > range[1])) return { ok: false }
    return { ok: true, value: v }
  }
  switch (kind) {
    case 'float32':
    case 'float64':
    case 'untyped float': {
      if (x.kind !== 'Int' && x.kind !== 'Float' && x.kind !== 'Complex') return { ok: false }
      const v = toFloat(x)
      if (v.kind !== 'Float') return { ok: false }
      if (kind === 'untyped float') return { ok: true, value: v }
      const r = kind === 'float32' ? roundFloat32(v) : roundFloat64(v)
      return r === null ? { ok: false } : { ok: true, value: r }
    }
    case 'complex64':
    case 'complex128':
    case 'untyped complex': {
      if (x.kind !== 'Int' && x.kind !== 'Float' && x.kind !== 'Complex') return { ok: false }
      const v = toComplex(x)
      if (v.kind !== 'Complex') return { ok: false }
      if (kind === 'untyped complex') return { ok: true, value: v }
      const round = kind === 'complex64' ? roundFloat32 : roundFloat64
      const re = round(real(v))
      const im = round(imag(v))
      if (re === null || im === null) return { ok: false }
      return { ok: true, value: binaryOp(re, '+', makeImag(im)) }
    }
    case 'string':
    case 'untyped string':
      return x.kind === 'String' ? { ok: true, value: x } : { ok: false }
    case 'bool':
    case 'untyped bool':
      return x.kind === 'Bool' ? { ok: true, value: x } : { ok: false }
  }
  return { ok: false }
}
