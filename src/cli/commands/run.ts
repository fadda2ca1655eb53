/**
 * `amigo run FILE.go|DIR [--gas N] [--max-memory BYTES] [--max-depth N] [--gas-report]`: runs a Go
 * program like `go run`. Exit codes: 0 ok, 1 compile error, 2 panic / exceeded limit / usage error.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Limits, SourceFile } from '../../lang/index.ts'

export interface ParsedFlags {
  positional: string[]
  limits: Limits
  gasReport: boolean
  run?: string
  verbose: boolean
  error?: string
}

/** Parses the flags shared by `run` and `test` (`--gas 5`, `--gas=5`, `-gas 5`). */
export function parseFlags (argv: string[], allowTest = false): ParsedFlags {
  const r: ParsedFlags = { positional: [], limits: {}, gasReport: false, verbose: false }
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]
    if (!a.startsWith('-') || a === '-') { r.positional.push(a); continue }
    a = a.replace(/^--?/, '')
    let val: string | undefined
    const eq = a.indexOf('=')
    if (eq >= 0) { val = a.slice(eq + 1); a = a.slice(0, eq) }
    const need = (): string | undefined => {
      if (val !== undefined) return val
      i++
      return argv[i]
    }
    const num = (name: string): number | undefined => {
      const v = need()
      const n = v === undefined ? NaN : Number(v)
      if (!Number.isSafeInteger(n) || n <= 0) { r.error = `invalid value "${v ?? ''}" for flag -${name}: must be a positive integer`; return undefined }
      return n
    }
    switch (a) {
      case 'gas': r.limits.gas = num('gas'); break
      case 'max-memory': r.limits.maxMemory = num('max-memory'); break
      case 'max-depth': r.limits.maxDepth = num('max-depth'); break
      case 'gas-report': r.gasReport = true; break
      case 'run': if (allowTest) { r.run = need(); break } else { r.error = `flag provided but not defined: -${a}`; break }
      case 'v': if (allowTest) { r.verbose = true; break } else { r.error = `flag provided but not defined: -${a}`; break }
      default: r.error = `flag provided but not defined: -${a}`
    }
    if (r.error !== undefined) break
  }
  return r
}

/** Reads FILE.go, or every non-test .go file of DIR (with tests when `tests`). */
export function readSources (target: string, tests: boolean): SourceFile[] {
  const st = statSync(target)
  if (st.isDirectory()) {
    const names = readdirSync(target).filter(n => n.endsWith('.go') && (tests || !n.endsWith('_test.go'))).sort()
    return names.map(n => ({ name: n, text: readFileSync(join(target, n), 'utf8') }))
  }
  return [{ name: basename(target), text: readFileSync(target, 'utf8') }]
}

export async function command (argv: string[]): Promise<number> {
  const flags = parseFlags(argv)
  if (flags.error !== undefined || flags.positional.length === 0) {
    process.stderr.write(`${flags.error ?? 'missing program'}\nusage: amigo run FILE.go|DIR [--gas N] [--max-memory BYTES] [--max-depth N] [--gas-report]\n`)
    return 2
  }
  let files: SourceFile[]
  try {
    files = flags.positional.flatMap(p => readSources(p, false))
  } catch (e) {
    process.stderr.write(`amigo run: ${(e as Error).message}\n`)
    return 1
  }
  if (files.length === 0) {
    process.stderr.write(`amigo run: no Go files in ${flags.positional.join(' ')}\n`)
    return 1
  }
  const { runProgram } = await import('../../lang/index.ts')
  const r = runProgram({
    files,
    stdout: b => process.stdout.write(b),
    stderr: b => process.stderr.write(b),
    limits: flags.limits
  })
  if (flags.gasReport) process.stderr.write(`gas used: ${r.gasUsed}\n`)
  return r.exitCode
}
