/**
 * The state one compilation shares: what has been emitted and named so far, the unit and the
 * function being compiled. Every part of the compiler is a function of this context (`cx`).
 */
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import type { Info } from '../types/info.ts'
import type { Obj, Var, Func } from '../types/objects.ts'
import type { Package } from '../types/package.ts'
import type { GotoTarget } from './gotos.ts'
import type { RangeBody } from './rangefunc.ts'

export interface CompileUnit {
  pkg: Package
  files: ast.File[]
  info: Info
  /** resolves this unit's positions (its own FileSet) */
  posString?: PosString
}

/** position resolver: Pos → `file.go:line:col` */
export type PosString = (p: number) => string

/** a loop or switch being compiled: the JS labels that `break` and `continue` leave by */
export interface LoopCtx { label: string | null, brk: string, cont: string }

/** The function being compiled: its JS names, temporaries, results and enclosing loops. */
export class FnCtx {
  /** JS names of the function's variables (a closure starts with its parent's) */
  names = new Map<Var, string>()
  used = new Set<string>()
  /** the next `$tN` temporary */
  tmp = 0
  /** the next `$sN` scratch variable (declared once at the top of the function) */
  scratch = 0
  hasDefer = false
  /** position indexes of the return statements of a function with defers (its deferred calls run there) */
  rets: number[] = []
  /** result variables (named or synthesized) when the function has defers or named results */
  results: string[] | null = null
  resultTypes: T.Type[] = []
  loops: LoopCtx[] = []
  /** the range-over-func bodies being compiled, outermost first (rangefunc.ts) */
  rangeBodies: RangeBody[] = []
  /** the labels that gotos of this function jump to */
  gotoLabels = new Set<string>()
  /** where a goto to each label of the blocks being compiled goes (gotos.ts) */
  gotoJumps = new Map<string, GotoTarget>()
  /** prepends to owned slices, whose old backing arrays the memory count credits (owned.ts) */
  owned = new Set<ast.AssignStmt>()
  constructor (readonly parent: FnCtx | null) {
    if (parent !== null) {
      for (const u of parent.used) this.used.add(u)
      for (const [k, v] of parent.names) this.names.set(k, v)
    }
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
  // ---- what the build asks for
  /**
   * Service builds: `own` is the service's package (its exported functions are listed in `service`),
   * `land` the land packages whose variables are listed in `vars`, `remote` the live-imported
   * services (exported functions become trampolines to `$env.callService`, no init).
   */
  service: ServiceSpec | null = null
  /** package-level functions the host may call, by `pkg.Name` */
  exportNames: string[] = []

  // ---- the output, in the order program.ts joins it
  typeDecls: string[] = []
  nativeBinds: string[] = []
  out: string[] = []
  methodFills: string[] = []
  /** the program's table of positions and traceback names (`$positions`), and each one's index */
  posTable: string[] = []
  posIndex = new Map<string, number>()

  // ---- names (names.ts)
  globals = new Map<Obj, string>()
  funcNames = new Map<Func, string>()
  /** a counter for names that must be unique in the program (blank globals, init functions, loop labels) */
  uid = 0
  /** init functions' Go names (`init.0`, `init.1`, … per package in declaration order) */
  initIndex = new Map<Func, number>()
  /** how closures are named in tracebacks: Go's `outer.funcN` (or `outer.N` inside a closure) */
  closureScope: ClosureScope = globScope('glob.')
  /** function literals called where they stand (`func(){…}()`): Go names their literals after the enclosing function's */
  directLits = new WeakSet<ast.FuncLit>()
  /** package path → its variables, for a service's state (program.ts) */
  pkgVars = new Map<string, Array<{ name: string, js: string, boxed: boolean, type: T.Type }>>()

  // ---- runtime type descriptors and struct classes (rtypes.ts, values.ts), by type key
  rtypes = new Map<string, string>()
  structClasses = new Map<string, string>()
  sigIds = new Map<string, number>()

  // ---- escape analysis (escape.ts), over the whole program before any code is emitted
  /** variables whose address is taken: they live in a Box */
  globalBoxed = new Set<Var>()
  /** aggregate variables that something may modify through a pointer: assigned in place, copied on entry */
  mutatedGlobal = new Set<Var>()

  // ---- reachability and generics (functions.ts, generics.ts)
  declOf = new Map<Func, { d: ast.FuncDecl, unit: CompileUnit }>()
  emitted = new Set<Func>()
  worklist: Func[] = []
  genericDecls = new Map<Func, { decl: ast.FuncDecl, info: Info, pkg: Package, pos: PosString }>()
  /** generic instances by function and type arguments → JS name */
  instances = new Map<string, string>()
  pendingInstances: Array<() => void> = []
  /** the type arguments of the generic instance being compiled */
  subst: Map<T.TypeParam, T.Type> | null = null

  // ---- where the compiler is
  info!: Info
  pkg!: Package
  posString: PosString
  fn: FnCtx = new FnCtx(null)
  /** the line (`file.go:12`) where the statement being compiled starts, and its position */
  stmtLine = ''
  stmtPos = 0
  /** a deferred builtin call: its arguments, already evaluated into temporaries (defers.ts) */
  evaluated = new Map<ast.Expr, string>()
  /** int64 expressions of a + - * chain before wrapping to 64 bits (operators.ts) */
  unwrapped = new Map<string, string>()

  constructor (readonly defaultPos: PosString) { this.posString = defaultPos }
}
