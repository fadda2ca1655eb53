/**
 * `amigo run FILE.go|DIR [--gas N] [--max-memory BYTES] [--max-depth N] [--gas-report]`: runs a Go
 * program like `go run`. Exit codes: 0 ok, 1 compile error, 2 panic / exceeded limit / usage error,
 * 3 internal error (an interpreter bug, printed as `amigo: internal error: POS: MESSAGE`).
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { homedir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CompiledProgram, Limits, SourceFile } from '../../lang/index.ts'

export interface ParsedFlags {
  positional: string[]
  limits: Limits
  gasReport: boolean
  noCache: boolean
  run?: string
  verbose: boolean
  error?: string
}

/** Parses the flags shared by `run` and `test` (`--gas 5`, `--gas=5`, `-gas 5`). */
export function parseFlags (argv: string[], allowTest = false): ParsedFlags {
  const r: ParsedFlags = { positional: [], limits: {}, gasReport: false, noCache: false, verbose: false }
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
      case 'no-cache': r.noCache = true; break
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
    process.stderr.write(`${flags.error ?? 'missing program'}\nusage: amigo run FILE.go|DIR [--gas N] [--max-memory BYTES] [--max-depth N] [--gas-report] [--no-cache]\n`)
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
  const stdout = (b: Uint8Array): void => { process.stdout.write(b) }
  const stderr = (b: Uint8Array): void => { process.stderr.write(b) }
  // Like go's build cache: a compiled program is kept by the hash of its sources and of the
  // interpreter's own files, so a second run skips parsing, checking and compiling.
  const cacheFile = flags.noCache || process.env.AMIGO_NO_CACHE === '1' ? null : cachePath(files)
  let program: CompiledProgram | null = null
  if (cacheFile !== null) {
    try { program = JSON.parse(readFileSync(cacheFile, 'utf8')) as CompiledProgram } catch { program = null }
  }
  if (program === null) {
    const { compileProgram } = await import('../../lang/index.ts')
    const c = compileProgram(files)
    if (!c.ok && c.internal === true) {
      process.stderr.write(c.errors.join('\n') + '\n')
      return 3
    }
    if (!c.ok) {
      process.stderr.write('# command-line-arguments\n' + c.errors.join('\n') + '\n')
      return 1
    }
    program = c.program
    if (cacheFile !== null) saveCache(cacheFile, program)
  }
  const { executeCompiled } = await import('../../lang/execute.ts')
  const r = executeCompiled(program, { stdout, stderr, limits: flags.limits })
  if (flags.gasReport) process.stderr.write(`gas used: ${r.gasUsed}\n`)
  return r.exitCode
}

const CACHE_FORMAT = 1

function cacheDir (): string {
  const base = process.env.AMIGO_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'amigo')
  return join(base, 'run')
}

/**
 * Identity of the interpreter build: size and mtime of its core modules (a rebuild of dist/ rewrites
 * them all); cheap enough for every run. `--no-cache` or AMIGO_NO_CACHE=1 bypass the cache.
 */
function interpreterId (): string {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js'
  let id = ''
  for (const f of ['compile/compiler', 'compile/build', 'runtime/exec', 'stdlib/registry', 'stdlib/packages', 'execute']) {
    const st = statSync(fileURLToPath(new URL(`../../lang/${f}${ext}`, import.meta.url)))
    id += `${f}:${st.size}:${st.mtimeMs};`
  }
  return id
}

function cachePath (files: SourceFile[]): string | null {
  try {
    const h = createHash('sha256')
    h.update(`amigo-run-cache/${CACHE_FORMAT}/${interpreterId()}`)
    for (const f of files) h.update(`\0${f.name}\0${f.text}`)
    return join(cacheDir(), h.digest('hex') + '.json')
  } catch {
    return null
  }
}

function saveCache (file: string, program: CompiledProgram): void {
  try {
    mkdirSync(dirname(file), { recursive: true })
    const tmp = `${file}.${process.pid}.tmp`
    writeFileSync(tmp, JSON.stringify(program))
    renameSync(tmp, file)
  } catch {
    // a cache that cannot be written is only slower
  }
}
