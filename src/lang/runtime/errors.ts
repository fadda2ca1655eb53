/**
 * Errors of a running Go program: panics (carrying a Go value), limit errors (gas, memory, depth)
 * and os.Exit. All are thrown as JS exceptions and caught by `recover` (panics only) or the runner.
 *
 * @example
 * ```ts
 * try { panicRuntime('integer divide by zero') } catch (e) { (e as GoPanic).value.v.msg }
 * ```
 */
import { Iface } from './value.ts'
import { newType, type RType } from './rtype.ts'

/** Maps a JS stack trace to the Go position of its innermost compiled-Go frame (set by runtime/exec.ts). */
export const goPosLocator = { locate: (_stack: string): string => '' }

/**
 * Deep JS stacks (for tracebacks) cost time on every panic: a run that panics more than `left`
 * times (panic/recover as control flow) keeps the host's default depth for the rest of the run.
 */
export const deepStacks = { left: 0 }
function stackBudget (): string {
  if (Error.stackTraceLimit > 10 && --deepStacks.left < 0) Error.stackTraceLimit = 10
  return 'go panic'
}

/** A Go panic in flight; `value` is the panic's argument as an interface value (null for panic(nil)). */
export class GoPanic extends Error {
  override name = 'GoPanic'
  readonly code = 'ERR_PANIC'
  /** set by recover() */
  recovered = false
  private pos: string | undefined = undefined
  /** Go position (file:line:col) where it was raised, when known (read from the JS stack on first use) */
  get goPos (): string {
    if (this.pos === undefined) this.pos = goPosLocator.locate(this.stack ?? '')
    return this.pos
  }

  set goPos (p: string) { this.pos = p }
  /** the panic that was in flight (or recovered) when this one started, for Go's chained report */
  prev: GoPanic | null = null
  /**
   * the panic whose deferred calls were running when this one was raised: gc's traceback shows
   * its frames under a `panic(...)` frame, since deferred calls run on top of the panicking stack;
   * `underBase` counts the Go frames below the deferred call (-1: unknown)
   */
  under: GoPanic | null = null
  underBase = -1
  constructor (readonly value: Iface | null, readonly runtime = false) {
    super(stackBudget())
  }
}

/** runtime.Error values: their Error() is `runtime error: ` + msg. */
export class RuntimeErrorValue {
  constructor (readonly msg: string) {}
}
export const runtimeErrorType: RType = newType('struct', 'runtime.Error', { name: 'Error', pkg: 'runtime' })
runtimeErrorType.methods.Error = (r: RuntimeErrorValue) => 'runtime error: ' + r.msg
runtimeErrorType.methods.RuntimeError = () => undefined

/** Raise a run-time panic such as `index out of range [5] with length 3`. */
export function panicRuntime (msg: string): never {
  throw new GoPanic(new Iface(runtimeErrorType, new RuntimeErrorValue(msg)), true)
}

export function panicNilDeref (): never {
  panicRuntime('invalid memory address or nil pointer dereference')
}

/**
 * The text of an internal error (a bug of the interpreter, never a Go panic or compile error), as
 * the CLI prints it with exit code 3: `amigo: internal error: prog.go:7:2: MESSAGE`.
 */
export function internalErrorText (detail: string, goPos: string): string {
  return `amigo: internal error: ${goPos !== '' ? goPos + ': ' : ''}${detail}`
}

/** the exit code of a run that met an internal error */
export const INTERNAL_ERROR_EXIT = 3

/** A limit error: the program exceeded a bound of its run. */
export class LimitError extends Error {
  constructor (readonly code: 'ERR_GAS' | 'ERR_MEMORY' | 'ERR_DEPTH', message: string, public goPos: string) {
    super(message)
  }
}
export class GasError extends LimitError {
  override name = 'GasError'
  constructor (limit: number, pos: string) { super('ERR_GAS', `out of gas: limit ${limit} exceeded`, pos) }
}
export class MemoryError extends LimitError {
  override name = 'MemoryError'
  /** `limit` undefined: the host refused a value before the budget was known to be spent */
  constructor (limit: number | undefined, pos: string) {
    super('ERR_MEMORY', limit !== undefined ? `out of memory: limit ${limit} bytes exceeded` : 'out of memory: a value exceeds the largest size the host can hold', pos)
  }
}
export class DepthError extends LimitError {
  override name = 'DepthError'
  constructor (limit: number, pos: string, why = '') {
    super('ERR_DEPTH', why !== '' ? why : `stack overflow: call depth limit ${limit} exceeded`, pos)
  }
}

/** os.Exit(code) */
export class ExitError extends Error {
  override name = 'ExitError'
  readonly code = 'ERR_EXIT'
  constructor (readonly exitCode: number) { super(`exit status ${exitCode}`) }
}
