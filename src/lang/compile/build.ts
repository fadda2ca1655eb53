/**
 * The front half of the pipeline: parse (syntax) → check (types, importing stdlib packages from the
 * registry) → compile (to one JS program body). Compile errors come back as Go prints them.
 *
 * @example
 * ```ts
 * const b = build([{ name: 'prog.go', text }])
 * if (!b.ok) console.log(b.errors.join('\n'))
 * ```
 */
import { FileSet, formatPosition } from '../syntax/pos.ts'
import { parseFile, TOO_DEEP, isStackOverflow } from '../syntax/index.ts'
import type * as ast from '../syntax/ast.ts'
import { check } from '../types/api.ts'
import { formatErrors } from '../types/errors.ts'
import type { Package } from '../types/package.ts'
import { lookup } from '../stdlib/registry.ts'
import { compile } from './program.ts'
import { InternalError, internalErrorText } from './crash.ts'
import type { CompileUnit } from './context.ts'

export interface BuildInput { name: string, text: string }

export type BuildResult =
  | { ok: true, js: string, units: CompileUnit[], natives: Map<string, any>, fset: FileSet, files: ast.File[] }
  | { ok: false, errors: string[], internal?: true }

/** checked stdlib packages are shared across builds (they are immutable once checked) */
const stdCache = new Map<string, { unit: CompileUnit, deps: string[] }>()

export interface BuildOptions {
  /** compile as a test binary: include _test.go files, no main required */
  test?: boolean
  /**
   * import paths by which an external test package (`package foo_test`) imports the package
   * under test; a path outside the standard library whose last element is the package's name
   * also does, as `go test` resolves it within the module
   */
  selfPaths?: string[]
}

/**
 * Imports standard-library packages (checked once per process) and lists their compile units in
 * dependency order.
 */
export function stdImporter (): { importer: (path: string) => Package | null, addUnits: (path: string, order: CompileUnit[], seen: Set<string>, natives: Map<string, any>) => void } {
  const addUnits = (path: string, order: CompileUnit[], seen: Set<string>, natives: Map<string, any>): void => {
    if (seen.has(path)) return
    const c = stdCache.get(path)
    if (c === undefined) return
    seen.add(path)
    for (const d of c.deps) addUnits(d, order, seen, natives)
    order.push(c.unit)
    const p = lookup(path)
    if (p?.natives !== undefined) natives.set(path, p.natives)
  }
  const importer = (path: string): Package | null => {
    const c = stdCache.get(path)
    if (c !== undefined) return c.unit.pkg
    const sp = lookup(path)
    if (sp === undefined) return null
    const sfset = new FileSet()
    const srcs = Array.isArray(sp.source) ? sp.source : [sp.source]
    const pfiles = srcs.map((s, i) => {
      const r = parseFile(`${path}/${sp.names?.[i] ?? `${i}.go`}`, s, { fset: sfset })
      if (r.errors.length > 0) throw new Error(`stdlib ${path}: ${r.errors[0].message}`)
      return r.file
    })
    const res = check(pfiles, importer, { path, fset: sfset })
    if (res.errors.filter(e => !e.soft).length > 0) throw new Error(`stdlib ${path}: ${res.errors[0].message}`)
    const deps = pfiles.flatMap(f => f.imports.map(i => JSON.parse(i.path.value) as string))
    const unit: CompileUnit = { pkg: res.pkg, files: pfiles, info: res.info, posString: p => { try { return formatPosition(sfset.position(p)) } catch { return '' } } }
    stdCache.set(path, { unit, deps })
    return res.pkg
  }
  return { importer, addUnits }
}

export function build (inputs: BuildInput[], options: BuildOptions = {}): BuildResult {
  try {
    return buildChecked(inputs, options)
  } catch (e) {
    // a tree deeper than the host stack: a limit of the program (a compile error), not a compiler bug
    if (isStackOverflow(e)) return { ok: false, errors: [`${inputs[0]?.name ?? 'main.go'}:1:1: ${TOO_DEEP}`] }
    const ie = e instanceof InternalError ? e : new InternalError(e instanceof Error ? e.message : String(e), '')
    return { ok: false, errors: [internalErrorText(ie.detail, ie.goPos)], internal: true }
  }
}

function buildChecked (inputs: BuildInput[], options: BuildOptions): BuildResult {
  const fset = new FileSet()
  const files: ast.File[] = []
  const syntaxErrors: string[] = []
  for (const f of inputs) {
    const r = parseFile(f.name, f.text, { fset })
    files.push(r.file)
    for (const e of r.errors) syntaxErrors.push(e.message)
  }
  if (syntaxErrors.length > 0) return { ok: false, errors: syntaxErrors.slice(0, 10).concat(syntaxErrors.length > 10 ? ['too many errors'] : []) }

  const std = stdImporter()
  const test = options.test === true
  // a test build may hold an external test package (`package foo_test`) beside package foo: it
  // is checked on its own and imports foo (with foo's in-package tests) by path
  const external = test ? files.filter(f => f.name.name.endsWith('_test')) : []
  const own = external.length > 0 && external.length < files.length ? files.filter(f => !external.includes(f)) : files
  const units: CompileUnit[] = []
  const res = check(own, std.importer, { path: own[0]?.name.name === 'main' ? 'main' : own[0]?.name.name ?? 'main', fset })
  if (res.errors.length > 0) {
    return { ok: false, errors: formatErrors(res.errors) }
  }
  units.push({ pkg: res.pkg, files: own, info: res.info })
  if (own !== files) {
    const self = new Set(options.selfPaths ?? [])
    const importer = (path: string): Package | null => {
      if (self.has(path)) return res.pkg
      const p = std.importer(path)
      if (p !== null) return p
      return path.split('/').pop() === res.pkg.name ? res.pkg : null
    }
    const xres = check(external, importer, { path: external[0].name.name, fset })
    if (xres.errors.length > 0) return { ok: false, errors: formatErrors(xres.errors) }
    units.push({ pkg: xres.pkg, files: external, info: xres.info })
  }
  if (!test) {
    const mo = res.pkg.scope.lookup('main')
    if (res.pkg.name !== 'main') return { ok: false, errors: [`package ${res.pkg.path} is not a main package`] }
    if (mo === undefined || mo === null || mo.kind !== 'func') return { ok: false, errors: ['runtime.main_main·f: function main is undeclared in the main package'] }
  }
  const order: CompileUnit[] = []
  const natives = new Map<string, any>()
  const seen = new Set<string>()
  // the standard packages both import (addUnits skips the package under test: it is no std unit)
  for (const f of files) for (const i of f.imports) std.addUnits(JSON.parse(i.path.value) as string, order, seen, natives)
  order.push(...units)
  const pos = (p: number): string => { try { return formatPosition(fset.position(p)) } catch { return '' } }
  const js = compile(order, { pos, main: test ? null : 'main', exports: test ? ['testing.RunTest'] : [], testUnits: units.length })
  return { ok: true, js, units: order, natives, fset, files }
}
