/**
 * Running a compiled program: builds the environment the generated code expects (gas, depth,
 * memory, panics/recover, defers, print, natives), runs package init and main, and turns the
 * outcome into Go's exit code and stderr text.
 *
 * @example
 * ```ts
 * const r = execute(js, { natives, stdout, stderr, limits: { gas: 1e6 } })
 * ```
 */
import { helpers } from './index.ts'
import { GoPanic, LimitError, GasError, DepthError, MemoryError, ExitError, RuntimeErrorValue, runtimeErrorType, goPosLocator, internalErrorText, INTERNAL_ERROR_EXIT } from './errors.ts'
import { Iface } from './value.ts'
import { mem } from './ops.ts'
import type { RType } from './rtype.ts'
import type { NativeEnv, NativeFn } from '../stdlib/package.ts'
import { formatFloat } from '../native/strconv/ftoa.ts'
import { sprint } from './format.ts'
import { allocGas } from './gas.ts'

export interface ExecLimits { gas?: number, maxMemory?: number, maxDepth?: number }

/**
 * The VM's dispatch of a call to a live-imported service: `args` are the compiled arguments (a
 * variadic tail arrives as the Slice the compiled code passes); returns exactly what the compiled
 * function would (one result as is, several as an array, none → undefined).
 */
export type CallService = (path: string, name: string, args: any[]) => any

/** fields for natives and generated code (`amigo`: the AmigoHost; `callService`: live imports; `testing` hooks) */
export interface EnvExtra {
  callService?: CallService
  [k: string]: unknown
}

export interface ExecOptions {
  /** extra fields for natives (e.g. `testing` hooks, `amigo` host, `callService`) */
  envExtra?: EnvExtra
  /** path → factory of natives */
  natives: Map<string, (env: NativeEnv) => Record<string, NativeFn>>
  writeStdout: (s: string) => void
  writeStderr: (s: string) => void
  limits?: ExecLimits
}

export interface Program {
  init: () => void
  main: (() => void) | null
  funcs: Record<string, ((...a: any[]) => any) | null>
  exports: Record<string, (...a: any[]) => any>
  positions: string[]
  gasLeft: () => number
  /**
   * takes `gas` from the meter (work done for the program outside its statements: natives, and
   * the VM's encoding of results, renders and state); throws GasError when it runs out
   */
  charge: (gas: number) => void
  resetDepth: () => void
  /**
   * Runs init of every package except those in `skip` (paths): the VM skips the service's own
   * package when it restores the state instead; remote services never have an init here.
   */
  initExcept: (skip: Set<string>) => void
  /** package variables of every land package in the program (own package and libraries), in declaration order */
  vars: Record<string, ProgramVar[]>
  /** the service's exported package-level functions by name, with their func RType */
  service: Record<string, { fn: (...a: any[]) => any, type: RType }>
  /** every RType of the program */
  types: RType[]
  /**
   * sets the limits for the next call on a reused instance (gas left, memory budget, depth reset)
   * and activates the instance (see `activate`)
   */
  setLimits: (l: ExecLimits) => void
  /** sets the gas left (a live-import call hands the transaction's gas from one program to another) */
  setGas: (gas: number) => void
  /**
   * makes this instance the one whose memory budget the runtime's shared helpers charge
   * (allocation in makeSlice, append, …): instantiate activates the new instance, so a host that
   * runs several instances calls this when it switches from one to another (and back)
   */
  activate: () => void
}

/** A package-level variable of a compiled program. */
export interface ProgramVar {
  name: string
  type: RType
  get: () => any
  set: (v: any) => void
  /** for a variable whose address is taken: the Box that `&x` evaluates to (get/set read and write its `v`) */
  box?: { v: any }
}

const UNLIMITED_GAS = 2 ** 52
const DEFAULT_DEPTH = 100000
/** memory budget when none is given (see the prelude's `$oom` for what it bounds) */
const DEFAULT_MEMORY = 4 * 1024 * 1024 * 1024

/** Deferred calls' panic bookkeeping (recover reads the innermost frame). */
class DeferFrame {
  recovered: GoPanic | null = null
  constructor (public p: GoPanic | null, readonly base: number) {}
}

export interface Runtime {
  program: Program
  env: NativeEnv
  /** converts any thrown value to a GoPanic or a LimitError/ExitError (rethrowable as is) */
  toGoError: (e: unknown) => GoPanic | LimitError | ExitError
  /** Go frames (function JS name, `file.go:line:col`) of a JS stack trace of generated code */
  goFrames: (stack: string) => Array<{ fn: string, pos: string }>
}

/**
 * `maxMemory`: the program's memory budget, named by the error when the host refuses a value too
 * large to hold (a string doubled past the host's size limit) before the budget's own check saw it.
 */
export function toGoError (e: unknown, maxMemory?: number): GoPanic | LimitError | ExitError {
  if (e instanceof GoPanic || e instanceof LimitError || e instanceof ExitError) return e
  if (e instanceof RangeError && /call stack/i.test(e.message)) return new DepthError(0, '', 'stack overflow: goroutine stack exceeds the host limit')
  if (e instanceof RangeError && /Invalid (string|array|typed array) length|Array buffer allocation failed|maximum size/i.test(e.message)) return new MemoryError(maxMemory, '')
  if (e instanceof TypeError && isGoNilFault(e)) {
    const p = new GoPanic(new Iface(runtimeErrorType, new RuntimeErrorValue('invalid memory address or nil pointer dereference')), true)
    // the panic happened where the TypeError was raised, not here
    p.stack = e.stack
    return p
  }
  // anything else is a bug of the interpreter: it must not pass for a Go panic (see internalFailure)
  throw e
}

/**
 * Whether a host TypeError is a Go nil dereference. Go's nil pointers, maps, interfaces and funcs
 * are JS null, so generated code touching one raises `Cannot read properties of null` (or calls
 * null: `f is not a function`, raised in a compiled Go frame). Other TypeErrors (undefined values,
 * a helper calling what is no function) are interpreter bugs.
 */
function isGoNilFault (e: TypeError): boolean {
  if (/^Cannot (read|set) properties of null\b/.test(e.message)) return true
  if (!/ is not a function$/.test(e.message)) return false
  const top = (e.stack ?? '').split('\n').find(l => l.trim().startsWith('at '))
  return top !== undefined && /amigo-program-\d+\.js:\d+:\d+\)?$/.test(top.trim())
}

/**
 * The report of an error that is no Go error (an interpreter bug): `amigo: internal error:` with
 * the innermost Go position on the host stack, and exit code 3.
 */
export function internalFailure (e: unknown): { text: string, exitCode: number } {
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e)
  const at = e instanceof Error ? goPosLocator.locate(e.stack ?? '') : ''
  return { text: internalErrorText(detail, at) + '\n', exitCode: INTERNAL_ERROR_EXIT }
}

/** Instantiates the compiled program body with its environment. */
export function instantiate (body: string, opts: ExecOptions): Runtime {
  const limits = opts.limits ?? {}
  let gasLimit = limits.gas !== undefined && limits.gas > 0 ? limits.gas : UNLIMITED_GAS
  let maxDepth = limits.maxDepth !== undefined && limits.maxDepth > 0 ? limits.maxDepth : DEFAULT_DEPTH
  let maxMemory = limits.maxMemory !== undefined && limits.maxMemory > 0 ? limits.maxMemory : DEFAULT_MEMORY
  const frames: DeferFrame[] = []
  let program: Program | null = null
  const env: NativeEnv = {
    writeStdout: opts.writeStdout,
    writeStderr: opts.writeStderr,
    allocate: (n: number) => mem.alloc(n),
    // natives charge work proportional to their input (installed by the prelude, on the
    // program's own gas counter)
    charge: (g: number) => { ($env as any).charge(g) },
    rt: helpers,
    ...(opts.envExtra ?? {})
  }
  const natCache = new Map<string, Record<string, NativeFn>>()
  const natives = (path: string, key: string): NativeFn => {
    let m = natCache.get(path)
    if (m === undefined) {
      const f = opts.natives.get(path)
      m = f !== undefined ? f(env) : {}
      natCache.set(path, m)
    }
    const fn = m[key]
    if (fn === undefined) return () => helpers.panicRuntime(`native ${path}.${key} is not implemented`)
    return fn
  }
  const runDefers = (defers: Array<() => void>, err: unknown, base: number): void => {
    let p: GoPanic | null = null
    if (err !== null) {
      const g = toGoError(err, maxMemory)
      if (!(g instanceof GoPanic)) throw g
      p = g
    }
    while (defers.length > 0) {
      const d = defers.pop()!
      const fr = new DeferFrame(p, base)
      frames.push(fr)
      $env.setDepth(base)
      try {
        d()
      } catch (e2) {
        const g = toGoError(e2, maxMemory)
        frames.pop()
        if (!(g instanceof GoPanic)) throw g
        // a new panic while running deferred calls: Go prints the whole chain
        const prev = fr.p ?? fr.recovered
        if (prev !== null && g !== prev) {
          // Go prints every panic of the goroutine, oldest first: this one ends the chain
          let q = g
          for (let n = 0; q.prev !== null && q.prev !== prev && n < 100; n++) q = q.prev
          if (q.prev === null) q.prev = prev
          // the panic raised first in this deferred call ran on top of prev's stack
          let u = g
          for (let n = 0; u.under !== null && u.under !== prev && n < 100; n++) u = u.under
          if (u.under === null) { u.under = prev; u.underBase = goFrameCount() }
        }
        p = g
        continue
      }
      frames.pop()
      p = fr.p
    }
    if (p !== null) throw p
  }
  const recover = (depth: number): Iface | null => {
    const fr = frames[frames.length - 1]
    // only a function called directly by the deferred call recovers (Go's rule)
    if (fr === undefined || fr.p === null || depth !== fr.base + 1) return null
    const v = fr.p.value
    fr.p.recovered = true
    fr.recovered = fr.p
    fr.p = null
    return v
  }
  const panic = (v: Iface | null): never => { throw new GoPanic(v) }
  const print = (s: string): void => opts.writeStderr(s)
  const printArg = (t: RType | null, v: any): string => printValue(t, v)
  const minmax = (isMin: boolean, ...xs: any[]): any => {
    let r = xs[0]
    for (const x of xs) if (isMin ? x < r : x > r) r = x
    return r
  }
  const fminmax = (isMin: boolean, ...xs: number[]): number => {
    let r = xs[0]
    for (const x of xs) {
      if (x !== x) return x
      if (isMin ? (x < r || (x === 0 && r === 0 && Object.is(x, -0))) : (x > r || (x === 0 && r === 0 && Object.is(r, -0)))) r = x
    }
    return r
  }
  const $env = {
    gas: gasLimit,
    maxDepth,
    maxMemory,
    memoryError: () => new MemoryError(maxMemory, ''),
    limits: () => ({ gas: gasLimit, maxMemory, maxDepth }),
    natives,
    runDefers,
    recover,
    panic,
    print,
    printArg,
    minmax,
    fminmax,
    gasError: (p: string) => new GasError(gasLimit, p),
    allocGas,
    depthError: (p: string) => new DepthError(maxDepth, p),
    callService: opts.envExtra?.callService ?? ((path: string, name: string): unknown => helpers.panicRuntime(`live import outside the VM: cannot call ${path}.${name}`)),
    setDepth: (_d: number): void => {}
  }
  // The counters live in small-integer range (V8 keeps them unboxed in the closure context); the rest
  // of the budget waits in a bank and refills the counter when it runs out, so checks stay one
  // subtraction and one comparison.
  const prelude = 'const $CHUNK = 536870912; const $allocGas = $env.allocGas;\n' +
    'let $gasBank = $env.gas; let $gas = Math.min($gasBank, $CHUNK); $gasBank -= $gas;\n' +
    'let $depth = 0; let $maxDepth = $env.maxDepth; $env.setDepth = (d) => { $depth = d; };\n' +
    'let $memBank = $env.maxMemory; let $mem = Math.min($memBank, $CHUNK); $memBank -= $mem;\n' +
    'const $oom = () => { while ($mem < 0 && $memBank > 0) { const t = Math.min($memBank, $CHUNK); $memBank -= t; $mem += t; } if ($mem >= 0) return; $mem = -1; $memBank = 0; throw $env.memoryError(); };\n' +
    '$env.alloc = (n) => { if (($mem -= n) < 0) $oom(); if (($gas -= $allocGas(n)) < 0) $oog(-1); };\n' +
    '$env.charge = (g) => { if (($gas -= g) < 0) $oog(-1); };\n' +
    '$env.free = (n) => { $mem += n; };\n' +
    'const { natives: $natives, runDefers: $runDefers, recover: $recover, panic: $panic, print: $print, printArg: $printArg, minmax: $minmax, fminmax: $fminmax } = $env;\n' +
    'const $oog = (p) => { while ($gas < 0 && $gasBank > 0) { const t = Math.min($gasBank, $CHUNK); $gasBank -= t; $gas += t; } if ($gas >= 0) return; $gas = -1; $gasBank = 0; throw $env.gasError($positions[p] ?? ""); };\n' +
    'const $deep = (p) => { throw $env.depthError($positions[p] ?? ""); };\n'
  const setLimitsJs = 'setLimits: (l) => { const x = $env.newLimits(l); $gasBank = x.gas; $gas = Math.min($gasBank, $CHUNK); $gasBank -= $gas; ' +
    '$memBank = x.maxMemory; $mem = Math.min($memBank, $CHUNK); $memBank -= $mem; $maxDepth = x.maxDepth; $depth = 0; $env.activate(); }'
  ;($env as any).newLimits = (l: ExecLimits) => {
    gasLimit = l.gas !== undefined && l.gas > 0 ? l.gas : UNLIMITED_GAS
    maxDepth = l.maxDepth !== undefined && l.maxDepth > 0 ? l.maxDepth : DEFAULT_DEPTH
    maxMemory = l.maxMemory !== undefined && l.maxMemory > 0 ? l.maxMemory : DEFAULT_MEMORY
    return { gas: gasLimit, maxMemory, maxDepth }
  }
  ;($env as any).activate = () => { mem.alloc = ($env as any).alloc; mem.charge = ($env as any).charge; mem.free = ($env as any).free }
  // a call into another service's program carries the transaction's gas over and back
  const setGasJs = 'setGas: (g) => { $gasBank = Math.max(g, 0); $gas = Math.min($gasBank, $CHUNK); $gasBank -= $gas; $env.activate(); }, activate: () => $env.activate()'
  // the program's last line is its `return { … }`: the host's fields go first in it
  const ret = body.lastIndexOf('return { ')
  const wrapped = body.slice(0, ret) + 'return { gasLeft: () => $gas + $gasBank, charge: (g) => $env.charge(g), resetDepth: () => { $depth = 0; }, ' + setLimitsJs + ', ' + setGasJs + ', ' + body.slice(ret + 'return { '.length)
  // a name per program: stack frames say which program (and so which line map) they belong to
  const url = `amigo-program-${nextProgramId++}.js`
  const finalBody = insertAfterPrelude(wrapped, prelude) + `\n//# sourceURL=${url}`

  // the compiled Go program is JavaScript generated by src/lang/compile: running it is the point
  // eslint-disable-next-line no-new-func
  const factory = new Function('$rt', '$env', finalBody) as (rt: any, e: any) => Program
  const made = factory(helpers, $env) as Partial<Program> & Pick<Program, 'init' | 'setLimits'>
  program = {
    main: null,
    funcs: {},
    exports: {},
    positions: [],
    vars: {},
    service: {},
    types: [],
    ...made,
    initExcept: (skip: Set<string>) => {
      const inits = (made as { inits?: Array<[string, () => void]> }).inits
      if (inits === undefined) {
        if (skip.size === 0) { made.init(); return }
        throw new Error('initExcept: this program was not built by buildService')
      }
      for (const [path, f] of inits) if (!skip.has(path)) f()
    }
  } as Program
  mem.alloc = ($env as any).alloc
  mem.charge = ($env as any).charge
  mem.free = ($env as any).free
  // each descriptor knows its program's descriptors (a literal assigned to an interface finds its dynamic type there)
  for (const t of program.types) Object.defineProperty(t, '$types', { value: program.types, enumerable: false, configurable: true })
  const positions = program.positions
  const lineMap = new LineMap(finalBody, positions)
  const goFrames = (stack: string): Array<{ fn: string, pos: string }> => {
    const out: Array<{ fn: string, pos: string }> = []
    for (const f of stackFrames(stack)) {
      if (f.url !== url) continue
      out.push({ fn: f.fn, pos: lineMap.at(f.line, f.col).pos })
    }
    return out
  }
  lineMaps.set(url, new WeakRef(lineMap))
  forgetLineMap.register(lineMap, url)
  return { program, env, toGoError: (e: unknown) => toGoError(e, maxMemory), goFrames }
}

/**
 * Generated line → Go function and position. Statements carry `@N` comment markers (N indexes the
 * positions table), a function's lines sit between the markers `@{K` (K: its traceback name in the
 * same table) and `@}`. Built on first use: most runs never print a traceback.
 */
class LineMap {
  private lines: Array<{ fn: string, carry: string, marks: Array<[number, string]>, hidden: Array<[number, number]> | null }> | null = null
  constructor (private body: string, private readonly positions: string[]) {}

  /** the Go function and statement position of JS line `line` (1-based, as in stacks), column `col` */
  at (line: number, col: number): { fn: string, pos: string } {
    const ls = this.build()
    const l = ls[line - 3] // new Function adds 2 header lines
    if (l === undefined) return { fn: '', pos: '' }
    // a wrapper the compiler made (a deferred call's closure) is no Go frame
    if (l.hidden !== null) for (const [a, b] of l.hidden) if (col > a && col <= b) return { fn: '', pos: '' }
    let pos = l.carry
    for (const [c, p] of l.marks) if (c < col) pos = p
    return { fn: l.fn, pos }
  }

  private build (): Array<{ fn: string, carry: string, marks: Array<[number, string]>, hidden: Array<[number, number]> | null }> {
    if (this.lines !== null) return this.lines
    interface Fn { name: string, last: string, seen: number, startLast: string }
    const top: Fn = { name: '', last: '', seen: -1, startLast: '' }
    const stack: Fn[] = [top]
    const out: Array<{ fn: string, carry: string, marks: Array<[number, string]>, hidden: Array<[number, number]> | null }> = []
    const marker = /\/\*@(\{?)(\d+|\}|<|>)\*\//g
    const text = this.body.split('\n')
    for (let i = 0; i < text.length; i++) {
      let marks: Array<[number, string, Fn]> | null = null
      let hidden: Array<[number, number]> | null = null
      for (const m of text[i].matchAll(marker)) {
        if (m[2] === '<') { (hidden ??= []).push([m.index, Infinity]); continue }
        if (m[2] === '>') { if (hidden !== null) hidden[hidden.length - 1][1] = m.index; continue }
        if (m[1] === '{') { stack.push({ name: this.positions[Number(m[2])] ?? '', last: '', seen: i, startLast: '' }); continue }
        if (m[2] === '}') { if (stack.length > 1) stack.pop(); continue }
        const f = stack[stack.length - 1]
        if (f.seen !== i) { f.seen = i; f.startLast = f.last }
        f.last = this.positions[Number(m[2])] ?? ''
        ;(marks ??= []).push([m.index, f.last, f])
      }
      const f = stack[stack.length - 1]
      const own = marks === null ? [] : marks.filter(x => x[2] === f).map(x => [x[0], x[1]] as [number, string])
      out.push({ fn: f.name, carry: f.seen === i ? f.startLast : f.last, marks: own, hidden })
    }
    this.body = ''
    this.lines = out
    return out
  }
}

/**
 * The goroutine's frames of a panic as gc prints them, innermost first: `main.f(...)` then a tab
 * and `file.go:LINE`. Differences from gc: arguments always print as `...`, there are no `+0x…`
 * offsets nor runtime frames (`panic(…)`), and file names are as given, not absolute paths.
 */
export function tracebackText (e: GoPanic): string {
  const frames = goTraceback(e)
  if (frames.length === 0) return 'main.main()\n\t' + (e.goPos !== '' ? e.goPos.replace(/(:\d+):\d+$/, '$1') : 'main.go') + '\n'
  return frames.map(f => `${f.fn}\n\t${f.pos}\n`).join('')
}

/**
 * gc (1.19) walks at most 100 frames for a traceback, its own hidden ones included: gopanic, and
 * for a run-time error the runtime function that raised it. So a panic's traceback shows at most
 * 99 Go frames, a run-time error's 98, and `...additional frames elided...` (printed only when
 * 100 frames were shown) never appears for a panic.
 */
const MAX_TRACEBACK_FRAMES = 100

/**
 * The goroutine's Go frames when panic p was raised, innermost first, as gc's traceback names
 * them (`main.(*T).M(...)`, `main.main()`), each with `file.go:line` (gc prints no column, and no
 * `+0x…` offsets here); a panic raised by a deferred call while another panicked shows, as gc
 * does, the deferred call's frames, `panic(...)`, then the frames of the panic it ran for.
 * Deep stacks are cut as gc cuts them (see MAX_TRACEBACK_FRAMES).
 */
export function goTraceback (p: GoPanic): Array<{ fn: string, pos: string }> {
  return panicFrames(p, 0).slice(0, MAX_TRACEBACK_FRAMES - (p.runtime ? 2 : 1))
}

function panicFrames (p: GoPanic, depth: number): Array<{ fn: string, pos: string }> {
  const own = goFramesOf(p.stack ?? '')
  if (p.under === null || p.underBase < 0 || p.underBase > own.length || depth > 10) return own
  return [...own.slice(0, own.length - p.underBase), { fn: 'panic(...)', pos: 'runtime/panic.go:884' }, ...panicFrames(p.under, depth + 1)]
}

/** how many Go frames are on the stack now (below the caller); -1 when the host's stack trace was cut */
function goFrameCount (): number {
  const stack = new Error().stack ?? ''
  if (stack.split('\n').length > Error.stackTraceLimit) return -1
  return goFramesOf(stack).length
}

function goFramesOf (stack: string): Array<{ fn: string, pos: string }> {
  const frames: Array<{ fn: string, pos: string }> = []
  for (const f of stackFrames(stack)) {
    const lm = lineMaps.get(f.url)?.deref()
    if (lm === undefined) continue
    const at = lm.at(f.line, f.col)
    if (at.fn === '') continue
    // the package initializer calls init.N, but gc shows init.N as called by the runtime
    const inner = frames[frames.length - 1]
    if (at.fn.endsWith('.init()') && inner !== undefined && inner.fn.startsWith(at.fn.slice(0, -2) + '.')) continue
    frames.push({ fn: at.fn, pos: at.pos.replace(/(:\d+):\d+$/, '$1') })
  }
  return frames
}

let nextProgramId = 1
/** every live program's line map by its sourceURL (weakly: a program that is gone takes its map along) */
const lineMaps = new Map<string, WeakRef<LineMap>>()
const forgetLineMap = new FinalizationRegistry<string>(url => { lineMaps.delete(url) })

/** the frames of compiled programs in a JS stack trace: function name, program, line */
function stackFrames (stack: string): Array<{ fn: string, url: string, line: number, col: number }> {
  const out: Array<{ fn: string, url: string, line: number, col: number }> = []
  for (const l of stack.split('\n')) {
    const m = /^at (?:(.+?) \()?(amigo-program-\d+\.js):(\d+):(\d+)\)?$/.exec(l.trim())
    if (m !== null) out.push({ fn: (m[1] ?? '').replace(/ \[as [^\]]*\]$/, ''), url: m[2], line: Number(m[3]), col: Number(m[4]) })
  }
  return out
}

goPosLocator.locate = (stack: string): string => {
  for (const f of stackFrames(stack)) {
    const lm = lineMaps.get(f.url)?.deref()
    if (lm === undefined) continue
    const pos = lm.at(f.line, f.col).pos
    if (pos !== '') return pos
  }
  return ''
}

/** the generated body starts with "use strict" and the helper destructuring; our prelude must follow $positions */
function insertAfterPrelude (body: string, prelude: string): string {
  const i = body.indexOf('const $positions')
  const j = body.indexOf('\n', i)
  return body.slice(0, j + 1) + prelude + body.slice(j + 1)
}

/** println's formatting of one value */
export function printValue (t: RType | null, v: any): string {
  if (t === null) return String(v)
  switch (t.kind) {
    case 'bool': return v ? 'true' : 'false'
    case 'float32': case 'float64': return printFloat(v)
    case 'complex64': case 'complex128': return '(' + printFloat(v.re) + printFloat(v.im) + 'i)'
    case 'string': return v
    case 'interface': return v === null ? '(0x0,0x0)' : '(0x' + (0x4b0000 + v.t.id * 32).toString(16) + ',0xc000' + '012000' + ')'
    case 'ptr': case 'map': case 'func': case 'chan': case 'unsafe.Pointer': return v === null ? '0x0' : '0xc000012000'
    case 'slice': return `[${v.len}/${v.cap}]0xc000012000`
    default: return String(v)
  }
}
function printFloat (v: number): string {
  if (v !== v) return 'NaN'
  if (v === Infinity) return '+Inf'
  if (v === -Infinity) return '-Inf'
  const s = formatFloat(v, 'e', 6, 64)
  const neg = s[0] === '-'
  const body = neg ? s.slice(1) : s
  const [m, e] = body.split('e')
  const es = e[0]
  const ed = e.slice(1).padStart(3, '0')
  return (neg ? '-' : '+') + m + 'e' + es + ed
}

/** Go's text for an uncaught panic value (runtime.printpanicval) */
export function panicValueText (v: Iface | null): string {
  if (v === null) return 'nil'
  const t = v.t
  if (t.methods.Error !== undefined) {
    const s = t.methods.Error(v.v) as string
    return s
  }
  if (t.methods.String !== undefined) return t.methods.String(v.v) as string
  switch (t.kind) {
    case 'string': return t.name !== '' ? `${t.str}(${JSON.stringify(v.v)})` : v.v
    case 'bool': case 'int': case 'int8': case 'int16': case 'int32': case 'int64': case 'uint': case 'uint8':
    case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
      return t.name !== '' ? `${t.str}(${String(v.v)})` : String(v.v)
    case 'float32': case 'float64':
      return t.name !== '' ? `${t.str}(${printFloat(v.v)})` : printFloat(v.v)
    case 'complex64': case 'complex128': {
      const c = '(' + printFloat(v.v.re) + printFloat(v.v.im) + 'i)'
      return t.name !== '' ? `${t.str}${c}` : c
    }
    default:
      return `(${t.str}) ${sprint([v])}`
  }
}
