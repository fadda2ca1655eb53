/**
 * Run-time type descriptors: what an interface value knows about its dynamic type (for %T, %v,
 * type assertions, type switches, equality and method dispatch).
 *
 * The compiler creates one descriptor per distinct Go type it needs, in the generated program.
 *
 * @example
 * ```ts
 * const t = basic('int')         // t.str === 'int'
 * const s = sliceOf(t)           // s.str === '[]int'
 * ```
 */
import { CZERO } from './complex.ts'

export type Kind =
  | 'bool' | 'int' | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'uintptr'
  | 'float32' | 'float64' | 'complex64' | 'complex128' | 'string' | 'unsafe.Pointer'
  | 'array' | 'slice' | 'map' | 'ptr' | 'func' | 'interface' | 'struct' | 'chan' | 'nil'

export interface RField {
  /** Go name (the type name for an embedded field) */
  name: string
  /** JS property name in the struct object */
  js: string
  type: RType
  embedded: boolean
  exported: boolean
}

/** A method implementation taking the receiver (in the dynamic type's representation) first. */
export type MethodFn = (recv: any, ...args: any[]) => any

export interface RType {
  id: number
  kind: Kind
  /** `Post` for a named type, '' otherwise */
  name: string
  /** package path of a named type (`main`) */
  pkg: string
  /** the type as %T prints it */
  str: string
  elem: RType | null
  key: RType | null
  len: number
  fields: RField[]
  params: RType[]
  results: RType[]
  variadic: boolean
  /** method table (for named types and pointers to them): name → implementation */
  methods: Record<string, MethodFn>
  /** for interfaces: the sorted method names, and their signature ids */
  imethods: string[]
  isigs: number[]
  /** signature id of each method in `methods` (0 or absent: unchecked, e.g. runtime-made types) */
  msigs: Record<string, number>
  /** true when values are integers held as bigint (int64, uint64) */
  isBig: boolean
  /** cache of interface satisfaction: interface id → boolean */
  implCache: Map<number, boolean>
  /** the zero value factory (set by the compiler for aggregates) */
  zero: () => any
  /** struct class for struct kinds */
  ctor: any
}

let nextId = 1

export function newType (kind: Kind, str: string, init: Partial<RType> = {}): RType {
  const t: RType = {
    id: nextId++,
    kind,
    name: '',
    pkg: '',
    str,
    elem: null,
    key: null,
    len: 0,
    fields: [],
    params: [],
    results: [],
    variadic: false,
    methods: Object.create(null),
    imethods: [],
    isigs: [],
    msigs: Object.create(null),
    isBig: kind === 'int64' || kind === 'uint64',
    implCache: new Map(),
    zero: zeroFor(kind),
    ctor: null,
    ...init
  }
  return t
}

function zeroFor (kind: Kind): () => any {
  switch (kind) {
    case 'bool': return () => false
    case 'int64': case 'uint64': return () => 0n
    case 'string': return () => ''
    case 'int': case 'int8': case 'int16': case 'int32': case 'uint': case 'uint8': case 'uint16':
    case 'uint32': case 'uintptr': case 'float32': case 'float64': return () => 0
    case 'complex64': case 'complex128': return () => CZERO
    default: return () => null
  }
}

const basics = new Map<string, RType>()
/** The predeclared basic types (one descriptor each). */
export function basic (kind: Kind): RType {
  let t = basics.get(kind)
  if (t === undefined) { t = newType(kind, kind); basics.set(kind, t) }
  return t
}

export function isInteger (k: Kind): boolean {
  switch (k) {
    case 'int': case 'int8': case 'int16': case 'int32': case 'int64': case 'uint': case 'uint8':
    case 'uint16': case 'uint32': case 'uint64': case 'uintptr': return true
    default: return false
  }
}
export function isUnsigned (k: Kind): boolean {
  return k === 'uint' || k === 'uint8' || k === 'uint16' || k === 'uint32' || k === 'uint64' || k === 'uintptr'
}
export function isFloat (k: Kind): boolean { return k === 'float32' || k === 'float64' }

/** Does `t` implement interface `it` (all of its methods present)? Cached per pair. */
export function implementsIface (t: RType, it: RType): boolean {
  const c = t.implCache.get(it.id)
  if (c !== undefined) return c
  let ok = true
  for (let i = 0; i < it.imethods.length; i++) {
    const m = it.imethods[i]
    if (t.methods[m] === undefined) { ok = false; break }
    const want = it.isigs[i]; const have = t.msigs[m]
    if (want !== undefined && have !== undefined && want !== have) { ok = false; break }
  }
  t.implCache.set(it.id, ok)
  return ok
}
