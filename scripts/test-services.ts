/**
 * Runs the example services' tests on the interpreter, resolving `local.land/amigo/NAME` imports to
 * bootstrap/packages/NAME, until `amigo test` has an importer for Amigo packages (see the services
 * branch's report). Each imported package's non-test files are registered in the stdlib registry
 * under its import path — a stopgap, only in this process: the registry is how build() imports.
 *
 *   node --import tsx scripts/test-services.ts [-v] [NAME...]   # default: every package
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { register } from '../src/lang/stdlib/registry.ts'
import { testPackage } from '../src/lang/index.ts'

const root = fileURLToPath(new URL('../bootstrap/packages/', import.meta.url))
const goFiles = (dir: string, tests: boolean): string[] =>
  readdirSync(dir).filter(f => f.endsWith('.go') && (tests || !f.endsWith('_test.go'))).sort()

const all = readdirSync(root).filter(d => existsSync(join(root, d)) && goFiles(join(root, d), false).length > 0).sort()
for (const name of all) {
  const dir = join(root, name)
  register({ path: `local.land/amigo/${name}`, source: goFiles(dir, false).map(f => readFileSync(join(dir, f), 'utf8')) })
}

const args = process.argv.slice(2)
const verbose = args.includes('-v')
const names = args.filter(a => a !== '-v')
let failed = 0
for (const name of names.length > 0 ? names : all) {
  const dir = join(root, name)
  const r = testPackage({
    files: goFiles(dir, true).map(f => ({ name: f, text: readFileSync(join(dir, f), 'utf8') })),
    stdout: b => process.stdout.write(b),
    stderr: b => process.stderr.write(b),
    verbose,
    packagePath: `local.land/amigo/${name}`
  })
  if (r.exitCode !== 0) failed++
}
process.exitCode = failed > 0 ? 1 : 0
