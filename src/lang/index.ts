/**
 * The embedded Go interpreter: a pure, deterministic implementation of Amigo's Go subset.
 *
 * No I/O, no clock, no randomness, no Node or libp2p imports: output goes through injected
 * writers, so the same source and input give the same bytes on every machine.
 *
 * @example
 * ```ts
 * import { runProgram } from './lang/index.ts'
 * const out: Uint8Array[] = []
 * const r = runProgram({
 *   files: [{ name: 'prog.go', text: 'package main\nfunc main() { println("hi") }\n' }],
 *   stdout: b => out.push(b), stderr: b => out.push(b)
 * })
 * // r.exitCode === 0
 * ```
 */

/** One Go source file: its name as shown in positions (`prog.go:3:5`) and its text. */
export interface SourceFile {
  name: string
  text: string
}

/** Bounds of one run; exceeding one ends the run with a typed error naming the limit. */
export interface Limits {
  /** gas units; each operation is charged in one place */
  gas?: number
  /** bytes of heap the program may allocate */
  maxMemory?: number
  /** call depth */
  maxDepth?: number
}

export type Writer = (bytes: Uint8Array) => void

export interface RunOptions {
  files: SourceFile[]
  stdout: Writer
  stderr: Writer
  limits?: Limits
}

export interface RunResult {
  /** 0 ok; 1 compile error (or failed test); 2 panic or exceeded limit, as Go's binaries do */
  exitCode: number
  gasUsed: number
}

export interface TestOptions extends RunOptions {
  /** `-run REGEX`: only tests and examples whose name matches */
  run?: string
  /** `-v` */
  verbose?: boolean
  /** the package's import path as `go test` prints it on the ok/FAIL line */
  packagePath?: string
}

import { build } from './compile/build.ts'
import { instantiate, panicValueText, toGoError } from './runtime/exec.ts'
import { GoPanic, LimitError, ExitError } from './runtime/errors.ts'
import { testMain } from './testing/run.ts'

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

function utf8 (s: string): string {
  // a JS (UTF-16) string to a Go byte string
  return String.fromCharCode(...new TextEncoder().encode(s))
}

/** The text Go prints for a fatal outcome, and the exit code. */
export function describeFailure (e: GoPanic | LimitError | ExitError): { text: string, exitCode: number } {
  if (e instanceof ExitError) return { text: '', exitCode: e.exitCode }
  if (e instanceof GoPanic) {
    const chain: GoPanic[] = []
    for (let q: GoPanic | null = e; q !== null && chain.length < 100; q = q.prev) chain.unshift(q)
    let text = chain.map((q, i) => (i === 0 ? 'panic: ' : '\tpanic: ') + panicValueText(q.value) + (q.recovered ? ' [recovered]' : '')).join('\n')
    if (e.value !== null && e.value.t.methods.RuntimeError !== undefined && e.runtime && text.includes('nil pointer dereference')) {
      text += '\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]'
    } else if (e.value !== null && e.value.t.methods.Error !== undefined && e.value.t.methods.RuntimeError === undefined && e.value.t.kind !== 'string') {
      // Go prints error values as their Error() text
    }
    text += '\n\ngoroutine 1 [running]:\nmain.main()\n\t' + (e.goPos !== '' ? e.goPos : 'main.go') + '\nexit status 2\n'
    return { text, exitCode: 2 }
  }
  const where = e.goPos !== '' ? ` at ${e.goPos}` : ''
  return { text: `${e.code}: ${e.message}${where}\n`, exitCode: 2 }
}

/**
 * Runs a `package main` program like `go run`: compile errors (exit 1), panics (exit 2), limits
 * (typed errors, exit 2), os.Exit(n).
 */
export function runProgram (opts: RunOptions): RunResult {
  const out = new ByteSink(opts.stdout)
  const err = new ByteSink(opts.stderr)
  const b = build(opts.files)
  if (!b.ok) {
    err.write(utf8('# command-line-arguments\n' + b.errors.join('\n') + '\n'))
    err.flush()
    return { exitCode: 1, gasUsed: 0 }
  }
  let gasUsed = 0
  let exitCode = 0
  const rt = instantiate(b.js, {
    natives: b.natives,
    writeStdout: s => out.write(s),
    writeStderr: s => { out.flush(); err.write(s) },
    limits: opts.limits
  })
  const gasStart = rt.program.gasLeft()
  try {
    rt.program.init()
    if (rt.program.main === null) throw new Error('function main is undeclared in the main package')
    rt.program.main()
  } catch (e) {
    const g = toGoError(e)
    const d = describeFailure(g)
    out.flush()
    err.write(d.text.replace(/[^\x00-\xff]/g, c => utf8(c)))
    exitCode = d.exitCode
  }
  gasUsed = gasStart - Math.max(rt.program.gasLeft(), 0)
  if (opts.limits?.gas !== undefined && rt.program.gasLeft() < 0) gasUsed = opts.limits.gas
  out.flush()
  err.flush()
  return { exitCode, gasUsed }
}

/** Runs a package's tests and examples like `go test` (see testing/run.ts). */
export function testPackage (opts: TestOptions): RunResult {
  return testMain(opts)
}
