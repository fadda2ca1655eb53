/**
 * How the compiler sees Go types: the representation class of each type (which JS operations
 * implement it) and helpers over the checker's type representation.
 */
import * as T from '../types/types.ts'

export type Rep =
  | 'int' | 'uint' // mixed number|bigint, 64-bit
  | 'big' | 'ubig' // bigint, 64-bit
  | 'i8' | 'i16' | 'i32' | 'u8' | 'u16' | 'u32'
  | 'f64' | 'f32' | 'c128' | 'c64' | 'string' | 'bool'
  | 'struct' | 'array' | 'slice' | 'map' | 'ptr' | 'func' | 'iface' | 'chan' | 'nil' | 'tuple' | 'invalid'

export function under (t: T.Type): T.Type {
  return T.underOf(t)
}

export function basicRep (k: T.BasicKind): Rep {
  switch (k) {
    case T.BasicKind.Bool: case T.BasicKind.UntypedBool: return 'bool'
    case T.BasicKind.Int: case T.BasicKind.UntypedInt: return 'int'
    case T.BasicKind.UntypedRune: case T.BasicKind.Int32: return 'i32'
    case T.BasicKind.Int8: return 'i8'
    case T.BasicKind.Int16: return 'i16'
    case T.BasicKind.Int64: return 'big'
    case T.BasicKind.Uint: case T.BasicKind.Uintptr: return 'uint'
    case T.BasicKind.Uint8: return 'u8'
    case T.BasicKind.Uint16: return 'u16'
    case T.BasicKind.Uint32: return 'u32'
    case T.BasicKind.Uint64: return 'ubig'
    case T.BasicKind.Float32: return 'f32'
    case T.BasicKind.Float64: case T.BasicKind.UntypedFloat: return 'f64'
    case T.BasicKind.Complex64: return 'c64'
    case T.BasicKind.Complex128: case T.BasicKind.UntypedComplex: return 'c128'
    case T.BasicKind.String: case T.BasicKind.UntypedString: return 'string'
    case T.BasicKind.UntypedNil: return 'nil'
    case T.BasicKind.UnsafePointer: return 'ptr'
    default: return 'invalid'
  }
}

export function rep (t: T.Type): Rep {
  const u = under(t)
  switch (u.kind) {
    case 'basic': return basicRep(u.basicKind)
    case 'pointer': return 'ptr'
    case 'slice': return 'slice'
    case 'array': return 'array'
    case 'map': return 'map'
    case 'struct': return 'struct'
    case 'signature': return 'func'
    case 'interface': return 'iface'
    case 'chan': return 'chan'
    case 'tuple': return 'tuple'
    default: return 'invalid'
  }
}

export function isAgg (t: T.Type): boolean {
  const r = rep(t)
  return r === 'struct' || r === 'array'
}
export function isIface (t: T.Type): boolean { return under(t).kind === 'interface' }
export function isSmallInt (r: Rep): boolean {
  return r === 'i8' || r === 'i16' || r === 'i32' || r === 'u8' || r === 'u16' || r === 'u32'
}
export function isIntRep (r: Rep): boolean {
  return r === 'int' || r === 'uint' || r === 'big' || r === 'ubig' || isSmallInt(r)
}
export function isComplexRep (r: Rep): boolean { return r === 'c128' || r === 'c64' }
export function isNumberRep (r: Rep): boolean {
  return isSmallInt(r) || r === 'f64' || r === 'f32'
}
export const smallBits: Record<string, [number, boolean]> = {
  i8: [8, true], i16: [16, true], i32: [32, true], u8: [8, false], u16: [16, false], u32: [32, false]
}
/** JS expression wrapping x to a small integer rep */
export function wrapSmall (r: Rep, x: string): string {
  switch (r) {
    case 'i8': return `((${x}) << 24 >> 24)`
    case 'i16': return `((${x}) << 16 >> 16)`
    case 'i32': return `((${x}) | 0)`
    case 'u8': return `((${x}) & 255)`
    case 'u16': return `((${x}) & 65535)`
    case 'u32': return `((${x}) >>> 0)`
  }
  return x
}

/** the default type of an untyped basic type */
export function defaultType (t: T.Type): T.Type {
  if (t.kind !== 'basic') return t
  switch (t.basicKind) {
    case T.BasicKind.UntypedBool: return T.Typ.Bool
    case T.BasicKind.UntypedInt: return T.Typ.Int
    case T.BasicKind.UntypedRune: return T.Typ.Int32
    case T.BasicKind.UntypedFloat: return T.Typ.Float64
    case T.BasicKind.UntypedComplex: return T.Typ.Complex128
    case T.BasicKind.UntypedString: return T.Typ.String
  }
  return t
}
