/**
 * The state one compilation shares: what has been emitted and named so far, the unit and the
 * function being compiled. Every part of the compiler is a function of this context (`cx`).
 */
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import type { Info } from '../types/info.ts'
import type { Obj, Var, Func } from '../types/objects.ts'
import type { Package } from '../types/package.ts'

export interface CompileUnit {
  pkg: Package
  files: ast.File[]
  info: Info
  /** resolves this unit's positions (its own FileSet) */
  posString?: PosString
}

/** position resolver: Pos → `file.go:line:col` */
export type PosString = (p: number) => string

export interface LoopCtx { label: string | null; brk: string; cont: string }

export class FnCtx {
  names = new Map<Var, string>()
  used = new Set<string>()
  boxed = new Set<Var>()
  mutated = new Set<Var>()
  tmp = 0
  hasDefer = false
  /** position indexes of the return statements of a function with defers (its deferred calls run there) */
  rets: number[] = []
  /** result variables (named or synthesized) when the function has defers or named results */
  results: string[] | null = null
  resultTypes: T.Type[] = []
  loops: LoopCtx[] = []
  scratch = 0
  /** keyword for declarations: 'var' at the top level of a function compiled as a goto state machine */
  declKw: 'let' | 'var' = 'let'
  /** label name → state index, for goto */
  gotoStates: Map<string, number> | null = null
  /** label of the switch statement being compiled for `break` within it */
  constructor (readonly parent: FnCtx | null) {
    if (parent !== null) { for (const u of parent.used) this.used.add(u); for (const [k, v] of parent.names) this.names.set(k, v); for (const b of parent.boxed) this.boxed.add(b); for (const m of parent.mutated) this.mutated.add(m) }
  }
}

/** how closures are named: the name their literals extend, their counter, and whether it is a closure's */
export interface ClosureScope {
  name: string
  gen: number
  closure: boolean
  /** the scope that names the literals called where they stand inside this one */
  home: ClosureScope
}

export function globScope (name: string): ClosureScope {
  const s: ClosureScope = { name, gen: 0, closure: false, home: null as unknown as ClosureScope }
  s.home = s
  return s
}

/** a service build: the service's own package, the land packages compiled with it, the live-imported ones */
export interface ServiceSpec { own: string, land: Set<string>, remote: Set<string> }

/** The shared state of one compilation. */
export class Ctx {
  out: string[] = []
  typeDecls: string[] = []
  rtypes = new Map<string, string>()
  structClasses = new Map<string, string>()
  globals = new Map<Obj, string>()
  funcNames = new Map<Func, string>()
  info!: Info
  pkg!: Package
  fn: FnCtx = new FnCtx(null)
  uid = 0
  posTable: string[] = []
  /** how closures are named in tracebacks: Go's `outer.funcN` (or `outer.N` inside a closure) */
  closureScope: ClosureScope = globScope('glob.')
  /** function literals called where they stand (`func(){…}()`): Go names their literals after the enclosing function's */
  directLits = new WeakSet<ast.FuncLit>()
  /** init functions' Go names (`init.0`, `init.1`, … per package in declaration order) */
  initIndex = new Map<Func, number>()
  posIndex = new Map<string, number>()
  methodFills: string[] = []
  nativeBinds: string[] = []
  instances = new Map<string, string>()
  pendingInstances: Array<() => void> = []
  subst: Map<T.TypeParam, T.Type> | null = null
  globalBoxed = new Set<Var>()
  mutatedGlobal = new Set<Var>()
  /**
   * Service builds: `own` is the service's package (its exported functions are listed in `service`),
   * `land` the land packages whose variables are listed in `vars`, `remote` the live-imported
   * services (exported functions become trampolines to `$env.callService`, no init).
   */
  service: ServiceSpec | null = null
  pkgVars = new Map<string, Array<{ name: string, js: string, boxed: boolean, type: T.Type }>>()
  posString: PosString
  /** package-level functions the host may call, by `pkg.Name` */
  exportNames: string[] = []
  sigIds = new Map<string, number>()
  genericDecls = new Map<Func, { decl: ast.FuncDecl, info: Info, pkg: Package, pos: PosString }>()
  declOf = new Map<Func, { d: ast.FuncDecl, unit: CompileUnit }>()
  emitted = new Set<Func>()
  worklist: Func[] = []
  rawArgs = false
  unwrapped = new Map<string, string>()
  /** the line (`file.go:12`) where the statement being compiled starts, and its position */
  stmtLine = ''
  stmtPos = 0
  constructor (readonly defaultPos: PosString) { this.posString = defaultPos }
}
