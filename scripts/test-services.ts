/**
 * Runs the example services' tests on the interpreter, resolving `local.land/amigo/NAME` imports to
 * bootstrap/packages/NAME, until `amigo test` has an importer for Amigo packages (see the services
 * branch's report). Each imported package's non-test files are registered in the stdlib registry
 * under its import path — a stopgap, only in this process: the registry is how build() imports.
 * Package `amigo` answers with its test defaults, so Caller() does not change across services:
 * blog and dex, whose tests rely on live-import callers, need the VM.
 *
 *   node --import tsx scripts/test-services.ts [-v] [NAME...]   # default: every package
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { register, lookup } from '../src/lang/stdlib/registry.ts'
import { testPackage, type RunResult } from '../src/lang/index.ts'

export const examplesRoot = fileURLToPath(new URL('../bootstrap/packages/', import.meta.url))

const goFiles = (dir: string, tests: boolean): string[] =>
  readdirSync(dir).filter(f => f.endsWith('.go') && (tests || !f.endsWith('_test.go'))).sort()

/** The example packages' names (folders of bootstrap/packages holding .go files). */
export function exampleNames (): string[] {
  return readdirSync(examplesRoot, { withFileTypes: true })
    .filter(d => d.isDirectory() && goFiles(join(examplesRoot, d.name), false).length > 0)
    .map(d => d.name).sort()
}

/** Registers every example package under local.land/amigo/NAME (once per process). */
export function registerExamples (): void {
  for (const name of exampleNames()) {
    const path = `local.land/amigo/${name}`
    if (lookup(path) !== undefined) continue
    const dir = join(examplesRoot, name)
    register({ path, source: goFiles(dir, false).map(f => readFileSync(join(dir, f), 'utf8')) })
  }
}

/** Runs one example package's tests like `go test`. */
export function testExample (name: string, opts: { verbose?: boolean, stdout: (b: Uint8Array) => void, stderr: (b: Uint8Array) => void }): RunResult {
  registerExamples()
  const dir = join(examplesRoot, name)
  return testPackage({
    files: goFiles(dir, true).map(f => ({ name: f, text: readFileSync(join(dir, f), 'utf8') })),
    stdout: opts.stdout,
    stderr: opts.stderr,
    verbose: opts.verbose,
    packagePath: `local.land/amigo/${name}`
  })
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2)
  const verbose = args.includes('-v')
  const names = args.filter(a => a !== '-v')
  let failed = 0
  for (const name of names.length > 0 ? names : exampleNames()) {
    const r = testExample(name, { verbose, stdout: b => process.stdout.write(b), stderr: b => process.stderr.write(b) })
    if (r.exitCode !== 0) failed++
  }
  process.exitCode = failed > 0 ? 1 : 0
}
