/**
 * Go's types, shaped like go/types. Every type is a class with a `kind` discriminant.
 *
 * Identity: `identical(a, b)` (see identity.ts) is `a === b || typeKey(a) === typeKey(b)`: each type has a
 * lazily computed, stable string key that is equal exactly when go/types' Identical would say so
 * (parameter names and struct tags of... see below). The runtime may use `typeKey` as a JS Map key.
 */
import type { TypeName, Var, Func } from './objects.ts'

export type Type =
  | Basic | Pointer | Slice | ArrayType | MapType | Struct | Tuple | Signature
  | Interface | Named | TypeParam | Union | Chan

/** Kinds of basic types, as go/types.BasicKind. */
export enum BasicKind {
  Invalid,
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String, UnsafePointer,
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString, UntypedNil,
}
export const Byte = BasicKind.Uint8
export const Rune = BasicKind.Int32

/** Properties of basic types (bit set), as go/types.BasicInfo. */
export const enum BasicInfo {
  IsBoolean = 1 << 0,
  IsInteger = 1 << 1,
  IsUnsigned = 1 << 2,
  IsFloat = 1 << 3,
  IsComplex = 1 << 4,
  IsString = 1 << 5,
  IsUntyped = 1 << 6,
  IsOrdered = IsInteger | IsFloat | IsString,
  IsNumeric = IsInteger | IsFloat | IsComplex,
  IsConstType = IsBoolean | IsNumeric | IsString,
}

let nextTypeId = 1
/** set by instantiate.ts (avoids an import cycle at module load) */
export let instanceMethodsHook: ((n: Named) => Func[]) | null = null
export function setInstanceMethodsHook (f: (n: Named) => Func[]): void { instanceMethodsHook = f }
/** A fresh id for types whose identity is their object (Named, TypeParam). */
export function newTypeId (): number { return nextTypeId++ }

export class Basic {
  readonly kind = 'basic' as const
  _key?: string
  constructor (readonly basicKind: BasicKind, readonly info: number, readonly name: string) {}
}

export class Pointer {
  readonly kind = 'pointer' as const
  _key?: string
  constructor (public elem: Type) {}
}

export class Slice {
  readonly kind = 'slice' as const
  _key?: string
  constructor (public elem: Type) {}
}

export class ArrayType {
  readonly kind = 'array' as const
  _key?: string
  /** len is -1 when unknown (invalid length expression) */
  constructor (public elem: Type, public len: number) {}
}

export class MapType {
  readonly kind = 'map' as const
  _key?: string
  constructor (public key: Type, public elem: Type) {}
}

export const enum ChanDir { SendRecv, SendOnly, RecvOnly }
/** Channel types exist only so the checker can reject them with a clear error. */
export class Chan {
  readonly kind = 'chan' as const
  _key?: string
  constructor (public dir: ChanDir, public elem: Type) {}
}

export class Struct {
  readonly kind = 'struct' as const
  _key?: string
  /** fields[i].embedded marks embedded fields; tags[i] is '' when absent */
  constructor (public fields: Var[], public tags: string[] = []) {}
  tag (i: number): string { return this.tags[i] ?? '' }
}

/** An ordered list of variables: parameters, results, multi-value expressions. */
export class Tuple {
  readonly kind = 'tuple' as const
  _key?: string
  constructor (readonly vars: Var[]) {}
  get length (): number { return this.vars.length }
  at (i: number): Var { return this.vars[i] }
}

export class Signature {
  readonly kind = 'signature' as const
  _key?: string
  /** type parameters of a generic function (not of the receiver) */
  typeParams: TypeParam[] = []
  /** receiver type parameters of a method on a generic type */
  recvTypeParams: TypeParam[] = []
  constructor (
    public recv: Var | null,
    public params: Tuple,
    public results: Tuple,
    public variadic: boolean
  ) {}
}

/** A union of terms `~int | string`, only inside constraint interfaces. */
export class Term {
  constructor (readonly tilde: boolean, readonly type: Type) {}
}
export class Union {
  readonly kind = 'union' as const
  _key?: string
  constructor (readonly terms: Term[]) {}
}

/**
 * Interface types. `methods` are the explicitly declared methods, `embeddeds` the embedded elements
 * (interfaces, unions, other type terms). The type set (all methods + the term list) is computed on
 * demand by typeSet() in typeset.ts and cached in `_tset`.
 */
export class Interface {
  readonly kind = 'interface' as const
  _key?: string
  _tset?: import('./typeset.ts').TypeSet
  /** true for interfaces written in constraint position as a bare union / ~T (`[T ~int]`) */
  implicit = false
  /** true once methods and embeddeds are fully set up (the checker fills them lazily) */
  complete = false
  constructor (public methods: Func[] = [], public embeddeds: Type[] = []) {}
}

/**
 * A defined (named) type. For generic types, `typeParams` are the declared parameters; an instance
 * has `origin` pointing at the generic type and `typeArgs` set.
 * `methods` are the declared methods (on the origin; instances share them, substituted lazily).
 */
export class Named {
  readonly kind = 'named' as const
  _key?: string
  readonly id = newTypeId()
  /** underlying type; null while the declaration is being resolved */
  private _underlying: Type | null = null
  typeParams: TypeParam[] = []
  typeArgs: Type[] = []
  /** the generic type this is an instance of (this itself for non-instances) */
  origin: Named = this
  methods: Func[] = []
  /** cached identity part of the type key (see identity.ts) */
  _base?: string
  /** for types declared inside functions: their index among the package's local types (stable keys) */
  localIndex = 0
  /** lazily expands an instance: computes underlying + methods from the origin */
  _expand: ((n: Named) => void) | null = null
  constructor (public obj: TypeName | null, underlying: Type | null = null) {
    this._underlying = underlying
  }

  get underlying (): Type {
    if (this._expand) { const e = this._expand; this._expand = null; e(this) }
    return this._underlying ?? Typ.Invalid
  }

  set underlying (t: Type) { this._underlying = t }
  get rawUnderlying (): Type | null { return this._underlying }
  /** for instances: the origin's method count when `methods` was computed */
  _methodCount = -1
  /** the methods of this type (instantiated for instances) */
  get allMethods (): Func[] {
    if (this.origin === this) return this.methods
    if (this._expand) { const e = this._expand; this._expand = null; e(this) }
    return instanceMethodsHook!(this)
  }

  isInstance (): boolean { return this.origin !== this }
}

export class TypeParam {
  readonly kind = 'typeparam' as const
  _key?: string
  readonly id = newTypeId()
  /** index in its type parameter list */
  index = 0
  /** index among the package's type parameters, in declaration order (stable keys) */
  localIndex = 0
  constructor (public obj: TypeName, public constraint: Type) {}
  /** the constraint's underlying interface */
  get iface (): Interface {
    const c: Type = this.constraint
    const u = underOf(c)
    if (u.kind === 'interface') return u
    return emptyInterface
  }
}

/** underlying type: for Named its underlying, for a type parameter its constraint interface, else t */
export function underOf (t: Type): Type {
  return t.kind === 'named' ? t.underlying : t.kind === 'typeparam' ? t.iface : t
}

function basic (k: BasicKind, info: number, name: string): Basic { return new Basic(k, info, name) }

/** The predeclared basic types, indexed by kind (Typ[BasicKind.Int] ...), plus named shorthands. */
export const Typ = {
  Invalid: basic(BasicKind.Invalid, 0, 'invalid type'),
  Bool: basic(BasicKind.Bool, BasicInfo.IsBoolean, 'bool'),
  Int: basic(BasicKind.Int, BasicInfo.IsInteger, 'int'),
  Int8: basic(BasicKind.Int8, BasicInfo.IsInteger, 'int8'),
  Int16: basic(BasicKind.Int16, BasicInfo.IsInteger, 'int16'),
  Int32: basic(BasicKind.Int32, BasicInfo.IsInteger, 'int32'),
  Int64: basic(BasicKind.Int64, BasicInfo.IsInteger, 'int64'),
  Uint: basic(BasicKind.Uint, BasicInfo.IsInteger | BasicInfo.IsUnsigned, 'uint'),
  Uint8: basic(BasicKind.Uint8, BasicInfo.IsInteger | BasicInfo.IsUnsigned, 'uint8'),
  Uint16: basic(BasicKind.Uint16, BasicInfo.IsInteger | BasicInfo.IsUnsigned, 'uint16'),
  Uint32: basic(BasicKind.Uint32, BasicInfo.IsInteger | BasicInfo.IsUnsigned, 'uint32'),
  Uint64: basic(BasicKind.Uint64, BasicInfo.IsInteger | BasicInfo.IsUnsigned, 'uint64'),
  Uintptr: basic(BasicKind.Uintptr, BasicInfo.IsInteger | BasicInfo.IsUnsigned, 'uintptr'),
  Float32: basic(BasicKind.Float32, BasicInfo.IsFloat, 'float32'),
  Float64: basic(BasicKind.Float64, BasicInfo.IsFloat, 'float64'),
  Complex64: basic(BasicKind.Complex64, BasicInfo.IsComplex, 'complex64'),
  Complex128: basic(BasicKind.Complex128, BasicInfo.IsComplex, 'complex128'),
  String: basic(BasicKind.String, BasicInfo.IsString, 'string'),
  UnsafePointer: basic(BasicKind.UnsafePointer, 0, 'Pointer'),
  UntypedBool: basic(BasicKind.UntypedBool, BasicInfo.IsBoolean | BasicInfo.IsUntyped, 'untyped bool'),
  UntypedInt: basic(BasicKind.UntypedInt, BasicInfo.IsInteger | BasicInfo.IsUntyped, 'untyped int'),
  UntypedRune: basic(BasicKind.UntypedRune, BasicInfo.IsInteger | BasicInfo.IsUntyped, 'untyped rune'),
  UntypedFloat: basic(BasicKind.UntypedFloat, BasicInfo.IsFloat | BasicInfo.IsUntyped, 'untyped float'),
  UntypedComplex: basic(BasicKind.UntypedComplex, BasicInfo.IsComplex | BasicInfo.IsUntyped, 'untyped complex'),
  UntypedString: basic(BasicKind.UntypedString, BasicInfo.IsString | BasicInfo.IsUntyped, 'untyped string'),
  UntypedNil: basic(BasicKind.UntypedNil, BasicInfo.IsUntyped, 'untyped nil'),
}

/** the type of objects whose type is not determined yet (go/types' nil Type) */
export const noType = basic(BasicKind.Invalid, 0, 'invalid type')

/** `byte` and `rune`: the same kinds as uint8 and int32 (identical), but printed by their alias name. */
export const ByteType = basic(BasicKind.Uint8, BasicInfo.IsInteger | BasicInfo.IsUnsigned, 'byte')
export const RuneType = basic(BasicKind.Int32, BasicInfo.IsInteger, 'rune')

/** Basic types by kind. */
export const basicByKind: Basic[] = [
  Typ.Invalid, Typ.Bool, Typ.Int, Typ.Int8, Typ.Int16, Typ.Int32, Typ.Int64, Typ.Uint, Typ.Uint8, Typ.Uint16,
  Typ.Uint32, Typ.Uint64, Typ.Uintptr, Typ.Float32, Typ.Float64, Typ.Complex64, Typ.Complex128, Typ.String,
  Typ.UnsafePointer, Typ.UntypedBool, Typ.UntypedInt, Typ.UntypedRune, Typ.UntypedFloat, Typ.UntypedComplex,
  Typ.UntypedString, Typ.UntypedNil,
]

/** `interface{}` */
export const emptyInterface: Interface = (() => { const i = new Interface(); i.complete = true; return i })()
