/**
 * `amigo test DIR [-run REGEX] [-v] [--gas N] [--max-memory BYTES] [--max-depth N]`: runs the
 * package's TestXxx functions and ExampleXxx examples like `go test`; exit 1 when a test fails.
 *
 * Land imports (`local.land/amigo/avl`) resolve to sibling folders: `LAND/OWNER/NAME` is the
 * package in `DIR/../NAME` (the layout of bootstrap/packages), compiled into the test program as
 * plain code: each imported service's init runs, and package amigo follows the live-import rules
 * for Caller() and Self() by walking the call stack (protocols/services.md §4).
 */
import { resolve, join, basename } from 'node:path'
import { existsSync, statSync } from 'node:fs'
import { parseFlags, readSources } from './run.ts'
import type { LandPackage, SourceFile } from '../../lang/index.ts'
import { parseFile } from '../../lang/index.ts'

/**
 * import paths with a land (first segment has a dot), as written; an external test package
 * (`package foo_test`) importing the package under test (`…/foo`) is no land import
 */
function landImports (files: SourceFile[]): string[] {
  const out: string[] = []
  for (const f of files) {
    const { file } = parseFile(f.name, f.text)
    const tested = file.name.name.endsWith('_test') ? file.name.name.slice(0, -'_test'.length) : null
    for (const i of file.imports) {
      const p = JSON.parse(i.path.value) as string
      if (tested !== null && p.split('/').pop() === tested) continue
      if (p.split('/')[0].includes('.')) out.push(p)
    }
  }
  return out
}

/**
 * Resolves `LAND/OWNER/NAME[@…]` to the Go package in the folder NAME next to `dir`; throws with
 * the reason when there is none. File names are shown relative to `dir` (`../avl/avl.go`).
 */
export function siblingResolver (dir: string): (importPath: string) => LandPackage {
  return (importPath: string) => {
    const path = importPath.replace(/@.*$/, '')
    const name = path.split('/').pop() ?? ''
    const folder = join(dir, '..', name)
    if (name === '' || !existsSync(folder) || !statSync(folder).isDirectory()) {
      throw new Error(`cannot find package ${path}: amigo test looks for it in ${folder} (a folder next to ${dir})`)
    }
    const files = readSources(folder, false).map(f => ({ name: `../${name}/${f.name}`, text: f.text }))
    if (files.length === 0) throw new Error(`cannot find package ${path}: no Go files in ${folder}`)
    const library = files.some(f => /^\/\/amigo:library[ \t]*$/m.test(f.text.split(/^package /m)[0]))
    return { path, files, kind: library ? 'library' : 'service' }
  }
}

/** what testPackage needs for the land imports of the package in `dir` (nothing when it has none) */
export function landOptions (dir: string, files: SourceFile[]): { resolve?: (importPath: string) => LandPackage, importPath?: string } {
  const imports = landImports(files)
  return imports.length > 0 ? { resolve: siblingResolver(dir), importPath: ownLandPath(dir, imports) } : {}
}

/** the package's own land path: the land and owner of its imports, and its folder's name */
export function ownLandPath (dir: string, imports: string[]): string | undefined {
  if (imports.length === 0) return undefined
  const segs = imports[0].replace(/@.*$/, '').split('/')
  return [...segs.slice(0, -1), basename(resolve(dir))].join('/')
}

export async function command (argv: string[]): Promise<number> {
  const flags = parseFlags(argv, true)
  if (flags.error !== undefined) {
    process.stderr.write(`${flags.error}\nusage: amigo test DIR [-run REGEX] [-v] [--gas N] [--max-memory BYTES] [--max-depth N]\n`)
    return 2
  }
  const dir = flags.positional[0] ?? '.'
  let files: SourceFile[]
  try {
    files = readSources(dir, true)
  } catch (e) {
    process.stderr.write(`amigo test: ${(e as Error).message}\n`)
    return 1
  }
  if (files.length === 0) {
    process.stderr.write(`no Go files in ${resolve(dir)}\n`)
    return 1
  }
  if (flags.run !== undefined) {
    try { RegExp(flags.run) } catch { process.stderr.write(`invalid regexp for -run: ${flags.run}\n`); return 2 }
  }
  const { testPackage } = await import('../../lang/index.ts')
  const r = testPackage({
    ...landOptions(dir, files),
    files,
    stdout: b => process.stdout.write(b),
    stderr: b => process.stderr.write(b),
    limits: flags.limits,
    run: flags.run,
    verbose: flags.verbose,
    packagePath: dir === '.' || dir === './' ? 'command-line-arguments' : dir.replace(/\/+$/, '')
  })
  if (flags.gasReport) process.stderr.write(`gas used: ${r.gasUsed}\n`)
  return r.exitCode
}
