/**
 * Side tables filled by the checker (go/types.Info). Maps are keyed by AST node identity; the AST is
 * never mutated. JS Maps iterate in insertion order, so iteration is deterministic.
 */
import type * as ast from '../syntax/ast.ts'
import type { Value } from '../constant/index.ts'
import type { Obj, Var, Func, PkgName } from './objects.ts'
import type { Scope } from './scope.ts'
import type { Type, Named, Signature } from './types.ts'

/** How an expression's value is available (go/types operandMode). */
export type Mode =
  | 'invalid'   // error already reported
  | 'novalue'   // call without results
  | 'builtin'   // a builtin function name
  | 'typexpr'   // a type
  | 'constant'  // a constant with `value`
  | 'variable'  // an addressable value
  | 'mapindex'  // m[k]: assignable, not addressable; comma-ok allowed
  | 'value'     // any other value
  | 'commaok'   // a value that may be used in a comma-ok assignment (type assertion, receive)

export interface TypeAndValue {
  mode: Mode
  type: Type
  /** the constant value, for mode 'constant' */
  value?: Value
}

export type SelectionKind = 'field' | 'method' | 'methodExpr'

/**
 * A resolved selector `x.f` (not qualified identifiers `pkg.Name`, which are in `uses`).
 * `index` is the path of field / method indices: all but the last are embedded fields walked
 * through; the last is the field index or the method's index in its type's method list.
 * `indirect` is true if a pointer was dereferenced on the way (explicitly or implicitly).
 */
export interface Selection {
  kind: SelectionKind
  /** type of x (for methodExpr, the type T in T.m) */
  recv: Type
  obj: Var | Func
  index: number[]
  indirect: boolean
  /** the type of the selector expression: the field type, the method value's signature, or for
   * method expressions the signature with the receiver as first parameter */
  type: Type
}

/** A generic function or type instantiated at an identifier. */
export interface Instance {
  typeArgs: Type[]
  /** the instantiated Signature or Named */
  type: Signature | Named
}

/** A package-level initializer: lhs variables (1 or more, for `var a, b = f()`) and the init expression. */
export interface Initializer {
  lhs: Var[]
  rhs: ast.Expr
}

export class Info {
  /** type and value of every expression (including identifiers denoting values and types) */
  readonly types = new Map<ast.Expr, TypeAndValue>()
  /** identifier → object it declares (null for the package name and for `_` / symbolic vars of type switches) */
  readonly defs = new Map<ast.Ident, Obj | null>()
  /** identifier → object it refers to */
  readonly uses = new Map<ast.Ident, Obj>()
  /**
   * implicitly declared objects: ImportSpec without name → PkgName; type switch case clause →
   * its symbolic Var (one per clause); field of an anonymous embedded struct... (go/types rules)
   */
  readonly implicits = new Map<ast.Node, Obj>()
  /** selector expressions that are field or method selections (not qualified identifiers) */
  readonly selections = new Map<ast.SelectorExpr, Selection>()
  /** identifiers denoting generic functions or types that were instantiated */
  readonly instances = new Map<ast.Ident, Instance>()
  /** scopes of nodes that open one: File, FuncType, BlockStmt, IfStmt, SwitchStmt, TypeSwitchStmt,
   * CaseClause, ForStmt, RangeStmt, FuncLit */
  readonly scopes = new Map<ast.Node, Scope>()
  /** package-level variable initializers in execution order */
  readonly initOrder: Initializer[] = []
  /** the function object of each declared function and method, for the compiler */
  readonly funcs = new Map<ast.FuncDecl, Func>()
  /** variables captured by closures (also marked `captured` on the Var) */
  readonly captured = new Set<Var>()
  /** imported packages by their PkgName */
  readonly imports = new Map<ast.ImportSpec, PkgName>()

  /** the type of expression e, or undefined if unknown */
  typeOf (e: ast.Expr): Type | undefined {
    const tv = this.types.get(e)
    if (tv) return tv.type
    if (e.kind === 'Ident') {
      const o = this.uses.get(e) ?? this.defs.get(e)
      if (o) return o.type
    }
    return undefined
  }

  /** the object denoted by identifier id (definition or use) */
  objectOf (id: ast.Ident): Obj | undefined {
    return this.defs.get(id) ?? this.uses.get(id)
  }
}
