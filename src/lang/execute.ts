/**
 * Running a compiled program (see compileProgram in index.ts) without loading the compiler:
 * `amigo run` uses this directly when its cache already holds the compiled program.
 *
 * @example
 * ```ts
 * const r = executeCompiled(program, { stdout, stderr, limits: { gas: 1e6 } })
 * ```
 */
import { instantiate, internalFailure, panicValueText, tracebackText } from './runtime/exec.ts'
import { GoPanic, LimitError, ExitError, deepStacks } from './runtime/errors.ts'
import { lookup } from './stdlib/registry.ts'
import type { Limits, RunResult, Writer } from './index.ts'

/** A compiled program: plain data, safe to cache (JSON). */
export interface CompiledProgram {
  /** the JavaScript program body */
  js: string
  /** import paths of the stdlib packages whose natives the program binds */
  packages: string[]
}

export interface ExecuteOptions {
  stdout: Writer
  stderr: Writer
  limits?: Limits
}

/** JS stack frames captured while a program runs (a traceback shows at most 100 Go frames) */
export const TRACE_JS_FRAMES = 250

/** Buffers a Go byte-string stream into Uint8Array chunks for a Writer. */
export class ByteSink {
  private parts: string[] = []
  private size = 0
  constructor (private readonly w: Writer) {}
  write (s: string): void {
    this.parts.push(s)
    this.size += s.length
    if (this.size > 65536) this.flush()
  }

  flush (): void {
    if (this.size === 0 && this.parts.length === 0) return
    const s = this.parts.join('')
    this.parts = []
    this.size = 0
    const b = new Uint8Array(s.length)
    for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i)
    this.w(b)
  }
}

/** The text Go prints for a fatal outcome (as a Go byte string), and the exit code. */
export function describeFailure (e: GoPanic | LimitError | ExitError): { text: string, exitCode: number } {
  if (e instanceof ExitError) return { text: e.exitCode !== 0 ? `exit status ${e.exitCode}\n` : '', exitCode: e.exitCode }
  if (e instanceof GoPanic) {
    const chain: GoPanic[] = []
    for (let q: GoPanic | null = e; q !== null && chain.length < 100; q = q.prev) chain.unshift(q)
    let text = chain.map((q, i) => (i === 0 ? 'panic: ' : '\tpanic: ') + panicValueText(q.value) + (q.recovered ? ' [recovered]' : '')).join('\n')
    if (chain.some(q => q.value !== null && q.value.t.methods.RuntimeError !== undefined && q.runtime && panicValueText(q.value).includes('nil pointer dereference'))) {
      text += '\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]'
    }
    text += '\n\ngoroutine 1 [running]:\n' + tracebackText(e) + 'exit status 2\n'
    return { text, exitCode: 2 }
  }
  const where = e.goPos !== '' ? ` at ${e.goPos}` : ''
  return { text: `${e.code}: ${e.message}${where}\n`, exitCode: 2 }
}

function instantiateWith (c: CompiledProgram, natives: Map<string, any>, out: ByteSink, err: ByteSink, opts: ExecuteOptions): ReturnType<typeof instantiate> {
  return instantiate(c.js, {
    natives,
    // both streams are buffered, but one pipe (2>&1) must show them in program order, as Go's
    // unbuffered writes do: a write to one stream first flushes the other
    writeStdout: s => { err.flush(); out.write(s) },
    writeStderr: s => { out.flush(); err.write(s) },
    limits: opts.limits
  })
}

/** The natives a compiled program binds (`ExecOptions.natives` for instantiate). */
export function programNatives (c: CompiledProgram): Map<string, any> {
  const natives = new Map<string, any>()
  for (const p of c.packages) {
    const sp = lookup(p)
    if (sp?.natives !== undefined) natives.set(p, sp.natives)
  }
  return natives
}

export function executeCompiled (c: CompiledProgram, opts: ExecuteOptions): RunResult {
  const out = new ByteSink(opts.stdout)
  const err = new ByteSink(opts.stderr)
  const natives = programNatives(c)
  let exitCode = 0
  let rt: ReturnType<typeof instantiate>
  try {
    rt = instantiateWith(c, natives, out, err, opts)
  } catch (bug) {
    // generated code the host rejects (a compiler bug): no Go program may cause it
    const d = internalFailure(bug)
    err.write(d.text)
    err.flush()
    return { exitCode: d.exitCode, gasUsed: 0 }
  }
  const gasStart = rt.program.gasLeft()
  // enough JS frames for gc's 100 Go frames of a traceback (helpers' frames sit in between)
  const oldLimit = Error.stackTraceLimit
  Error.stackTraceLimit = TRACE_JS_FRAMES
  deepStacks.left = 1000
  try {
    rt.program.init()
    if (rt.program.main === null) throw new Error('function main is undeclared in the main package')
    rt.program.main()
  } catch (e) {
    let d: { text: string, exitCode: number }
    try { d = describeFailure(rt.toGoError(e)) } catch (bug) { d = internalFailure(bug) }
    out.flush()
    err.write(d.text)
    exitCode = d.exitCode
  } finally {
    Error.stackTraceLimit = oldLimit
  }
  let gasUsed = gasStart - Math.max(rt.program.gasLeft(), 0)
  if (opts.limits?.gas !== undefined && rt.program.gasLeft() < 0) gasUsed = opts.limits.gas
  out.flush()
  err.flush()
  return { exitCode, gasUsed }
}
