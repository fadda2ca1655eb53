/**
 * Objects: named language entities (go/types.Object). Every object has a `kind` discriminant.
 */
import type { Package } from './package.ts'
import type { Scope } from './scope.ts'
import { Typ, type Type, type Signature } from './types.ts'
import type { Node } from '../syntax/ast.ts'
import type { Pos } from '../syntax/pos.ts'
import type { Value } from '../constant/index.ts'

export type Obj = Var | Const | TypeName | Func | PkgName | Builtin | Label | Nil

let nextObjId = 1

abstract class ObjectBase {
  /** the scope in which the object is declared (null for fields, methods, params before use) */
  parent: Scope | null = null
  /** a unique id, stable within one process, for deterministic ordering */
  readonly id = nextObjId++
  /** package-level declaration order (for init order / cycle reporting); 0 if not package-level */
  order = 0
  /** object color during declaration checking (cycle detection) */
  color: 'white' | 'grey' | 'black' = 'white'
  /** position from which the object is visible in its scope (for local declarations) */
  scopePos: Pos = 0
  constructor (
    /** source position of the declaring identifier (-1 for predeclared objects) */
    public pos: Pos,
    public pkg: Package | null,
    public name: string,
    public type: Type
  ) {}

  exported (): boolean { return isExported(this.name) }
  /** the identifier's declaring node, if any (for the runtime) */
  decl: Node | null = null
}

export function isExported (name: string): boolean {
  const c = name.charCodeAt(0)
  if (c >= 65 && c <= 90) return true
  if (c < 128) return false
  const ch = String.fromCodePoint(name.codePointAt(0)!)
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}

/** Variables, including struct fields, parameters and results. */
export class Var extends ObjectBase {
  readonly kind = 'var' as const
  /** embedded struct field */
  embedded = false
  /** struct field */
  isField = false
  /** set if the variable was used (for `declared but not used`) */
  used = false
  /** the generic field or parameter this was instantiated from */
  origin: Var = this
  /** package-level variable */
  isPackageLevel = false
  /** captured by a closure (set by the checker when a function literal refers to an outer local) */
  captured = false
}

export class Const extends ObjectBase {
  readonly kind = 'const' as const
  constructor (pos: number, pkg: Package | null, name: string, type: Type, public val: Value) {
    super(pos, pkg, name, type)
  }
}

export class TypeName extends ObjectBase {
  readonly kind = 'typename' as const
  /** `type A = B` */
  isAlias = false
}

export class Func extends ObjectBase {
  readonly kind = 'func' as const
  /** the generic method or function this was instantiated from */
  origin: Func = this
  /** declared without a body: bound to a native implementation by the runtime */
  hasBody = true
  get signature (): Signature { return this.type as Signature }
  /** full name as the runtime / stack traces show it: `pkg.F`, `pkg.T.M`, `pkg.(*T).M` */
  fullName (): string {
    const sig = this.type as Signature
    const p = this.pkg ? this.pkg.name + '.' : ''
    if (sig && sig.kind === 'signature' && sig.recv) {
      let t = sig.recv.type
      let ptr = false
      if (t.kind === 'pointer') { ptr = true; t = t.elem }
      const tn = t.kind === 'named' ? (t.obj?.name ?? '?') : '?'
      return ptr ? `${p}(*${tn}).${this.name}` : `${p}${tn}.${this.name}`
    }
    return p + this.name
  }
}

export class PkgName extends ObjectBase {
  readonly kind = 'pkgname' as const
  used = false
  constructor (pos: number, pkg: Package | null, name: string, public imported: Package) {
    super(pos, pkg, name, Typ.Invalid)
  }
}

export type BuiltinId =
  | 'append' | 'cap' | 'clear' | 'close' | 'complex' | 'copy' | 'delete' | 'imag' | 'len' | 'make'
  | 'max' | 'min' | 'new' | 'panic' | 'print' | 'println' | 'real' | 'recover'

export class Builtin extends ObjectBase {
  readonly kind = 'builtin' as const
  constructor (name: BuiltinId) {
    super(-1, null, name, Typ.Invalid)
    this.builtinId = name
  }

  readonly builtinId: BuiltinId
}

export class Label extends ObjectBase {
  readonly kind = 'label' as const
  used = false
}

/** The predeclared `nil`. */
export class Nil extends ObjectBase {
  readonly kind = 'nil' as const
}
