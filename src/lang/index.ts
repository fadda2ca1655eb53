/**
 * The embedded Go interpreter: a pure, deterministic implementation of Amigo's Go subset.
 *
 * No I/O, no clock, no randomness, no Node or libp2p imports: output goes through injected
 * writers, so the same source and input give the same bytes on every machine.
 *
 * Documented differences from gc, all deterministic:
 * - map iteration follows insertion order (fmt still prints maps sorted by key, as Go does);
 * - `amigo test` prints every duration as 0.00s (and the package line as 0.000s);
 * - a bug of the interpreter itself (a host error that is no Go error) never passes for a Go panic
 *   or a compile error: the run ends with `amigo: internal error: file.go:L:C: MESSAGE` and exit
 *   code 3;
 * - `--max-memory` bounds the bytes allocated over the whole run (an allocation budget, since
 *   there is no deterministic notion of live memory), counting the host's cost per element;
 * - a panic's traceback after `goroutine 1 [running]:` names each Go frame as gc does (innermost
 *   first, cut at 99 frames, 98 for a run-time error, as gc 1.19) with `file.go:LINE`, but prints
 *   arguments as `(...)` (or `()` for none), no `+0x…` offsets, no runtime frames but `panic(...)`,
 *   the file as given; a run that panics over 1000 times (panic/recover as control flow) keeps
 *   only the innermost few frames of its later panics, since deep stacks cost time on each panic.
 * Pipeline: syntax.parseFile → types.check (stdlib from stdlib/registry.ts) → compile (Go → one
 * JS program body, compile/) → runtime (execute.ts, runtime/exec.ts).
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
  /** 0 ok; 1 compile error (or failed test); 2 panic or exceeded limit, as Go's binaries do; 3 internal error */
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
  /**
   * Resolves land imports (`local.land/amigo/avl`), recursively; they are compiled as plain code
   * (no live imports: each imported service's init runs in the test program). May throw an Error
   * whose message explains why there is no such package.
   */
  resolve?: (importPath: string, importer: string) => LandPackage | null
  /** the package's own land path when it has land imports (`local.land/amigo/dex`): amigo.Self() of its code */
  importPath?: string
}

import { build } from './compile/index.ts'
import { executeCompiled, type CompiledProgram } from './execute.ts'
import { testMain } from './testing/run.ts'

export { executeCompiled, describeFailure, ByteSink, programNatives, type CompiledProgram } from './execute.ts'
export { buildService, checkArguments, literalToValue, argumentsToValues, formatGoValue, packageHeader, stripVersion } from './service/index.ts'
import type { LandPackage } from './service/types.ts'
export type { LandPackage, ServiceBuildInput, ServiceBuildResult, ServiceProgram, FunctionInfo, LiteralValue, CheckArgumentsResult } from './service/index.ts'
export { instantiate, type Program, type ProgramVar, type ExecOptions, type ExecLimits, type CallService, type EnvExtra, type Runtime } from './runtime/exec.ts'
export type { RType, RField, Kind } from './runtime/rtype.ts'
export type { AmigoHost } from './stdlib/amigo/index.ts'
// The VM (heap, transfer, state views) works on the runtime's values: this is its only way in.
// (src/store/calls checks call arguments through src/lang/syntax/index.ts alone, so that signing a
// call in the CLI never loads the compiler and the runtime.)
export {
  Box, Complex, ElemPtr, FieldPtr, GoMap, Iface, NIL_SLICE, Slice, bytesToStr, strToBytes, goString, jsString, keyOf,
  GoPanic, LimitError, panicRuntime, type ExitError
} from './runtime/index.ts'
export { toGoError } from './runtime/exec.ts'
export { chargeActive } from './runtime/ops.ts'
export { RESULT_GAS_PER_BYTE, RENDER_GAS_PER_BYTE, STATE_GAS_PER_BYTE, STATE_GAS_PER_BLOCK, STATE_GAS_PER_OBJECT, STATE_GAS_PER_ENTRY, STATE_GAS_PER_READ, STATE_GAS_PER_SCAN, ALLOC_BYTES_PER_GAS } from './runtime/gas.ts'
export { basic } from './runtime/rtype.ts'
export { lookup as lookupStdPackage } from './stdlib/registry.ts'
export { parseFile } from './syntax/index.ts'

/** Compile errors as `go run` prints them (without the `# command-line-arguments` header). */
export type CompileResult = { ok: true, program: CompiledProgram } | { ok: false, errors: string[], internal?: true }

/**
 * Compiles a `package main` program to a CompiledProgram: plain data (JS source and the stdlib
 * packages whose natives it binds) that can be cached and run later with executeCompiled.
 */
export function compileProgram (files: SourceFile[]): CompileResult {
  const b = build(files)
  if (!b.ok) return b.internal === true ? { ok: false, errors: b.errors, internal: true } : { ok: false, errors: b.errors }
  return { ok: true, program: { js: b.js, packages: [...b.natives.keys()] } }
}

/**
 * Runs a `package main` program like `go run`: compile errors (exit 1), panics (exit 2), limits
 * (typed errors, exit 2), os.Exit(n).
 */
export function runProgram (opts: RunOptions): RunResult {
  const c = compileProgram(opts.files)
  if (!c.ok) {
    // an internal error (an interpreter bug) is no compile error of the program: exit code 3
    if (c.internal === true) { opts.stderr(utf8Bytes(c.errors.join('\n') + '\n')); return { exitCode: 3, gasUsed: 0 } }
    opts.stderr(utf8Bytes('# command-line-arguments\n' + c.errors.join('\n') + '\n'))
    return { exitCode: 1, gasUsed: 0 }
  }
  return executeCompiled(c.program, opts)
}

function utf8Bytes (s: string): Uint8Array { return new TextEncoder().encode(s) }

/** Runs a package's tests and examples like `go test` (see testing/run.ts). */
export function testPackage (opts: TestOptions): RunResult {
  return testMain(opts)
}
