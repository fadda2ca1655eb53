/**
 * The Checker: state shared by the checking passes (types2 check.go). The passes themselves are free
 * functions in their own files (resolver, decl, typexpr, expr, call, stmt, ...) taking the checker.
 */
import type * as ast from '../syntax/ast.ts'
import type { FileSet, Pos } from '../syntax/pos.ts'
import type { Value } from './constval.ts'
import type { Importer } from './api.ts'
import { Info, type Mode } from './info.ts'
import type { Package } from './package.ts'
import type { Scope } from './scope.ts'
import type { Func, Obj, PkgName, TypeName, Var } from './objects.ts'
import { Typ, type Signature, type Type } from './types.ts'
import { TypeCheckError, type TypeErrorCode } from './errors.ts'
import { Operand, operandString } from './operand.ts'
import { typeString, objectString, type Qualifier } from './typestring.ts'
import { isUntyped } from './predicates.ts'

/** Declaration info of a package-level object (types2 declInfo). */
export class DeclInfo {
  /** objects this declaration depends on (package-level objects and methods), in first-use order */
  readonly deps = new Set<Obj>()
  constructor (
    public fileScope: Scope,
    /** for `var a, b = f()`: all lhs vars; null otherwise */
    public lhs: Var[] | null,
    public vtyp: ast.Expr | null,
    public init: ast.Expr | null,
    /** const spec inherited its init expression from a previous spec */
    public inherited: boolean,
    public tdecl: ast.TypeSpec | null,
    public fdecl: ast.FuncDecl | null
  ) {}
}

export interface Environment {
  decl: DeclInfo | null
  scope: Scope
  iota: Value | null
  /** identifier position of a constant with an inherited initializer */
  errpos: Pos
  sig: Signature | null
  /** panic(...) calls, for the termination check */
  isPanic: Set<ast.CallExpr>
  hasLabel: boolean
  hasCallOrRecv: boolean
  /** the function literal / declaration scope, for closure capture detection */
  funcScope: Scope | null
}

interface UntypedInfo { isLhs: boolean; mode: Mode; type: Type; val: Value | null }

export class Checker {
  readonly errors: TypeCheckError[] = []
  private firstErr = false
  files: ast.File[] = []
  readonly objMap = new Map<Obj, DeclInfo>()
  /** methods declared on package-level type names, not yet attached */
  readonly methods = new Map<TypeName, Func[]>()
  readonly imports: PkgName[] = []
  readonly dotImportMap = new Map<string, PkgName>()
  readonly impMap = new Map<string, Package>()
  readonly untyped = new Map<ast.Expr, UntypedInfo>()
  private delayed: (() => void)[] = []
  /** objects whose declarations are being checked (cycle detection) */
  objPath: Obj[] = []
  /** package name → set of paths, for qualifying types in messages */
  pkgPathMap: Map<string, Set<string>> | null = null
  env: Environment
  /** Var → the function scope where it is declared (locals), for capture detection */
  readonly varFuncScope = new Map<Var, Scope>()
  readonly qualifier: Qualifier
  /** the scope of each function signature's parameters (and body) */
  readonly sigScope = new Map<Signature, Scope>()
  /** named types already validated (not invalid recursive) */
  readonly validTypes = new Set<import('./types.ts').Named>()
  /** type names already reported in a cycle error */
  readonly reportedCycles = new Set<Obj>()
  /** makes sure a method's signature is resolved before it is used (set by checkFiles) */
  resolveFunc: (f: Func) => void = () => {}

  constructor (
    readonly pkg: Package,
    readonly info: Info,
    readonly importer: Importer,
    readonly fset: FileSet | null
  ) {
    this.env = newEnv(pkg.scope)
    this.qualifier = (p: Package) => {
      if (p === this.pkg) return ''
      if (!this.pkgPathMap) this.buildPkgPathMap()
      const paths = this.pkgPathMap!.get(p.name)
      if (paths && paths.size > 1) return JSON.stringify(p.path)
      return p.name
    }
  }

  private buildPkgPathMap (): void {
    const m = new Map<string, Set<string>>()
    const seen = new Set<Package>()
    const visit = (p: Package): void => {
      if (seen.has(p)) return
      seen.add(p)
      let s = m.get(p.name)
      if (!s) m.set(p.name, s = new Set())
      s.add(p.path)
      for (const q of p.imports) visit(q)
    }
    for (const q of this.pkg.imports) visit(q)
    this.pkgPathMap = m
  }

  // ---- errors

  /** formats like types2's sprintf: %s/%v take types, operands, objects, strings, numbers */
  sprintf (format: string, ...args: unknown[]): string {
    let i = 0
    return format.replace(/%[svdq%]/g, (m: string) => {
      if (m === '%%') return '%'
      const a = args[i++]
      if (m === '%q') return JSON.stringify(String(a))
      return this.argString(a)
    })
  }

  argString (a: unknown): string {
    if (a === null || a === undefined) return '<nil>'
    if (typeof a === 'string') return a
    if (typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean') return String(a)
    if (a instanceof Operand) return operandString(a, this.qualifier)
    const k = (a as { kind?: string }).kind
    switch (k) {
      case 'basic': case 'pointer': case 'slice': case 'array': case 'map': case 'struct': case 'tuple':
      case 'signature': case 'interface': case 'named': case 'typeparam': case 'union': case 'chan':
        return typeString(a as Type, this.qualifier)
      case 'var': case 'const': case 'typename': case 'func': case 'pkgname': case 'builtin': case 'label': case 'nil':
        return objectString(a as Obj, this.qualifier)
    }
    if (k && typeof (a as { pos?: unknown }).pos === 'number') {
      // an AST expression
      return exprStringOf(a as ast.Expr)
    }
    return String(a)
  }

  position (pos: Pos): string { return this.fset && pos ? this.fset.format(pos) : '' }

  /**
   * A position inside a message (`other declaration of x`, `first at ...`): gc prints these with the
   * file name as given on the command line, i.e. `./prog.go:3:5` for a file in the current directory.
   */
  embeddedPosition (pos: Pos): string {
    const p = this.position(pos)
    if (!p || p.startsWith('/') || p.startsWith('./') || p.startsWith('../')) return p
    const file = p.slice(0, p.indexOf(':'))
    return file.includes('/') ? p : './' + p
  }

  err (pos: Pos, code: TypeErrorCode, msg: string, soft = false): void {
    if (this.firstErr && (msg.indexOf('invalid operand') > 0 || msg.indexOf('invalid type') > 0)) return
    if (this.env.errpos) pos = this.env.errpos
    this.firstErr = true
    const p = this.fset && pos ? this.fset.position(pos) : null
    const sortFile = p === null ? null : p.directive === true ? p.filename : './' + p.filename
    this.errors.push(new TypeCheckError(pos, code, msg, this.position(pos), soft, this.errors.length, sortFile))
  }

  /** reports an error at the start of node `at` (an AST node, an operand, or a position) */
  errorf (at: ast.Node | Operand | Pos | { pos: Pos }, code: TypeErrorCode, format: string, ...args: unknown[]): void {
    this.err(posFor(at), code, this.sprintf(format, ...args))
  }

  softErrorf (at: ast.Node | Operand | Pos | { pos: Pos }, code: TypeErrorCode, format: string, ...args: unknown[]): void {
    this.err(posFor(at), code, this.sprintf(format, ...args), true)
  }

  /** a multi-part error: first part is the main message, the others follow as `\n\tpos: msg` */
  errorParts (parts: [ast.Node | Pos | { pos: Pos }, string][], code: TypeErrorCode, soft = false): void {
    let msg = parts[0][1]
    for (let i = 1; i < parts.length; i++) {
      const p = posFor(parts[i][0])
      msg += '\n\t' + (p ? this.embeddedPosition(p) + ': ' : '') + parts[i][1]
    }
    this.err(posFor(parts[0][0]), code, msg, soft)
  }

  /** `... not supported in Amigo` for goroutines, channels and select */
  unsupported (at: ast.Node | Pos, what: string): void {
    this.err(posFor(at), 'UnsupportedFeature', `${what} not supported in Amigo`)
  }

  // ---- delayed actions

  later (f: () => void): void { this.delayed.push(f) }

  processDelayed (top: number): void {
    for (let i = top; i < this.delayed.length; i++) this.delayed[i]()
    this.delayed.length = top
  }

  get delayedTop (): number { return this.delayed.length }

  // ---- recording

  rememberUntyped (e: ast.Expr, isLhs: boolean, mode: Mode, type: Type, val: Value | null): void {
    this.untyped.set(e, { isLhs, mode, type, val })
  }

  recordTypeAndValue (x: ast.Expr, mode: Mode | 'nilvalue', type: Type, val: Value | null): void {
    if (mode === 'invalid') return
    const m: Mode = mode === 'nilvalue' ? 'value' : mode
    if (m === 'constant' && val) this.info.types.set(x, { mode: m, type, value: val })
    else this.info.types.set(x, { mode: m, type })
  }

  recordBuiltinType (f: ast.Expr, sig: Signature): void {
    for (;;) {
      this.recordTypeAndValue(f, 'builtin', sig, null)
      if (f.kind === 'ParenExpr') f = f.x
      else break
    }
  }

  recordCommaOkTypes (x: ast.Expr, a: [Type, Type]): void {
    if (a[0] === Typ.Invalid || a[1] === Typ.Invalid) return
    if (isUntyped(a[0]) || isUntyped(a[1])) return
    for (;;) {
      const tv = this.info.types.get(x)
      if (!tv) break
      tv.type = makeTuple2(a[0], a[1])
      if (x.kind === 'ParenExpr') x = x.x
      else break
    }
  }

  recordDef (id: ast.Ident, obj: Obj | null): void { this.info.defs.set(id, obj) }
  recordUse (id: ast.Ident, obj: Obj): void { this.info.uses.set(id, obj) }
  recordImplicit (node: ast.Node, obj: Obj): void { this.info.implicits.set(node, obj) }
  recordScope (node: ast.Node, scope: Scope): void { this.info.scopes.set(node, scope) }

  recordUntyped (): void {
    for (const [x, info] of this.untyped) {
      this.recordTypeAndValue(x, info.mode, info.type, info.val)
    }
  }

  /** records x as operand's final type and value */
  record (x: Operand): void {
    let typ: Type | null = null
    switch (x.mode) {
      case 'invalid': typ = Typ.Invalid; break
      case 'novalue': typ = null; break
      default: typ = x.type
    }
    const val = x.mode === 'constant' ? x.val : null
    if (x.expr && typ) {
      if (isUntyped(typ)) this.rememberUntyped(x.expr, false, x.mode === 'nilvalue' ? 'value' : (x.mode as Mode), typ, val)
      else this.recordTypeAndValue(x.expr, x.mode, typ, val)
    } else if (x.expr && x.mode === 'novalue') {
      this.recordTypeAndValue(x.expr, 'novalue', new Tuple([]), null)
    }
  }

  /** marks an object as used (for unused variable / import errors) */
  markUsed (obj: Obj): void {
    if (obj.kind === 'var' || obj.kind === 'pkgname') obj.used = true
  }
}

import { Tuple } from './types.ts'
import { Var as VarCtor } from './objects.ts'
import { exprString as exprStringOf } from '../syntax/index.ts'

function makeTuple2 (a: Type, b: Type): Tuple {
  return new Tuple([new VarCtor(0, null, '', a), new VarCtor(0, null, '', b)])
}

export function newEnv (scope: Scope): Environment {
  return { decl: null, scope, iota: null, errpos: 0, sig: null, isPanic: new Set(), hasLabel: false, hasCallOrRecv: false, funcScope: null }
}

/** the leftmost position of a node (types2 syntax.StartPos); go/ast positions are already leftmost */
export function posFor (at: ast.Node | Operand | Pos | { pos: Pos }): Pos {
  if (typeof at === 'number') return at
  if (at instanceof Operand) return at.expr ? startPos(at.expr) : 0
  return startPos(at as ast.Node)
}

/** syntax.StartPos: the leftmost position of a node, as gc's syntax tree defines node positions */
export function startPos (n0: ast.Node | { pos: Pos }): Pos {
  let n = n0 as ast.Node
  for (;;) {
    switch (n.kind) {
      case 'CompositeLit':
        if (n.type) { n = n.type; continue }
        return n.lbrace
      case 'SelectorExpr': case 'IndexExpr': case 'IndexListExpr': case 'TypeAssertExpr': case 'BinaryExpr':
        n = n.x
        continue
      case 'CallExpr': n = n.fun; continue
      case 'SliceExpr': return n.lbrack
      case 'KeyValueExpr': return n.colon
      // gc's FuncType node starts at its parameter list (after the func keyword)
      case 'FuncType': return n.params.opening || n.pos
      case 'AssignStmt': n = n.lhs[0]; continue
      case 'IncDecStmt': n = n.x; continue
      case 'SendStmt': n = n.chan; continue
      case 'ExprStmt': n = n.x; continue
    }
    return n.pos
  }
}
