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
