/**
 * Building a package together with the land packages it imports (`local.land/amigo/avl`): every
 * land package is parsed, checked and compiled into one program under its canonical path, in
 * dependency order. Live-imported services (when `live` is set) compile to trampolines.
 */
import { FileSet, formatPosition } from '../syntax/pos.ts'
import { parseFile } from '../syntax/index.ts'
import type * as ast from '../syntax/ast.ts'
import { check } from '../types/api.ts'
import { formatErrors } from '../types/errors.ts'
import type { Package } from '../types/package.ts'
import { compile, stdImporter, type CompileUnit } from '../compile/index.ts'
import type { SourceFile } from '../index.ts'
import type { LandPackage } from './types.ts'

/** An import path names a land package when its first segment contains a dot. */
export function isLandImport (path: string): boolean {
  const first = path.split('/')[0]
  return first.includes('.')
}

/** the import path without its `@version` / `@cid` suffix */
export function stripVersion (path: string): string {
  const i = path.indexOf('@')
  return i < 0 ? path : path.slice(0, i)
}

/** `//amigo:library` on a line of its own before the package clause */
export function isLibraryFile (f: ast.File): boolean {
  for (const g of f.comments) {
    if (g.pos >= f.pos) break
    for (const c of g.list) if (c.text.trim() === '//amigo:library') return true
  }
  return false
}

/**
 * What a package's files say before it is built: whether it is a library, and the land imports
 * they name (as written, `@…` suffixes kept), sorted. Files that do not parse contribute nothing
 * (building them reports the error).
 */
export function packageHeader (files: SourceFile[]): { kind: 'service' | 'library', imports: string[] } {
  let library = false
  const imports = new Set<string>()
  for (const f of files) {
    const { file } = parseFile(f.name, f.text, { fset: new FileSet() })
    if (isLibraryFile(file)) library = true
    for (const spec of file.imports) {
      const p = JSON.parse(spec.path.value) as string
      if (isLandImport(p)) imports.add(p)
    }
  }
  return { kind: library ? 'library' : 'service', imports: [...imports].sort() }
}

export interface LandBuildOptions {
  path: string
  files: SourceFile[]
  resolve: (importPath: string, importer: string) => LandPackage | null
  /** imported services are live imports (trampolines, no init) */
  live: boolean
  /** a test build: _test.go files included, amigo.Test* allowed there, testing.RunTest exported */
  test: boolean
}

export interface LandUnit {
  path: string
  kind: 'service' | 'library'
  files: ast.File[]
  /** import path as written → canonical path */
  imports: Map<string, string>
  unit?: CompileUnit
}

export type LandBuild =
  | { ok: true, js: string, natives: Map<string, any>, own: LandUnit, units: LandUnit[], fset: FileSet, remote: Set<string> }
  | { ok: false, errors: string[] }

const SERVICE_REFUSED = /^(.*) not supported in Amigo$/

/** Resolves, orders and type-checks the package and its land imports, and applies the rules of service code. */
export function checkLand (opts: LandBuildOptions): LandCheck {
  const fset = new FileSet()
  const pos = (p: number): string => { try { return formatPosition(fset.position(p)) } catch { return '' } }
  const parse = (files: SourceFile[], errors: string[]): ast.File[] => files.map(f => {
    const r = parseFile(f.name, f.text, { fset })
    for (const e of r.errors) errors.push(e.message)
    return r.file
  })
  const syntaxErrors: string[] = []
  const ownFiles = parse(opts.files, syntaxErrors)
  if (syntaxErrors.length > 0) return fail(syntaxErrors)
  const own: LandUnit = { path: opts.path, kind: ownFiles.some(isLibraryFile) ? 'library' : 'service', files: ownFiles, imports: new Map() }
  const units = new Map<string, LandUnit>([[own.path, own]])

  // resolve land imports recursively
  const errors: string[] = []
  const pending: LandUnit[] = [own]
  while (pending.length > 0 && errors.length === 0) {
    const u = pending.shift()!
    for (const f of u.files) {
      for (const spec of f.imports) {
        const ip = JSON.parse(spec.path.value) as string
        if (!isLandImport(ip) || u.imports.has(ip)) continue
        let r: LandPackage | null
        try {
          r = opts.resolve(ip, u.path)
        } catch (e) {
          errors.push(`${pos(spec.path.pos)}: ${e instanceof Error ? e.message : String(e)}`)
          continue
        }
        if (r === null) { errors.push(`${pos(spec.path.pos)}: package ${ip} is not deployed`); continue }
        u.imports.set(ip, r.path)
        if (units.has(r.path)) continue
        const fe: string[] = []
        const files = parse(r.files, fe)
        if (fe.length > 0) { errors.push(...fe); continue }
        const nu: LandUnit = { path: r.path, kind: r.kind, files, imports: new Map() }
        units.set(r.path, nu)
        pending.push(nu)
      }
    }
  }
  if (errors.length > 0) return fail(errors)

  // dependency order; a cycle is an error
  const order: LandUnit[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const stack: string[] = []
  const visit = (u: LandUnit): string | null => {
    const st = state.get(u.path)
    if (st === 'done') return null
    if (st === 'visiting') return `import cycle not allowed: ${stack.slice(stack.indexOf(u.path)).concat(u.path).join(' imports ')}`
    state.set(u.path, 'visiting')
    stack.push(u.path)
    for (const dep of new Set(u.imports.values())) {
      const e = visit(units.get(dep)!)
      if (e !== null) return e
    }
    stack.pop()
    state.set(u.path, 'done')
    order.push(u)
    return null
  }
  const cycle = visit(own)
  if (cycle !== null) return fail([cycle])

  // check each package against its (already checked) imports
  const std = stdImporter()
  const checked = new Map<string, Package>()
  const remote = new Set<string>()
  if (opts.live) for (const u of order) if (u !== own && u.kind === 'service') remote.add(u.path)
  for (const u of order) {
    const importer = (p: string): Package | null => {
      if (!isLandImport(p)) return std.importer(p)
      const canon = u.imports.get(p)
      return canon === undefined ? null : checked.get(canon) ?? null
    }
    const res = check(u.files, importer, { path: u.path, fset })
    if (res.errors.length > 0) {
      // goroutines, channels and select are outside services
      return fail(formatErrors(res.errors).map(m => opts.test ? m : m.replace(SERVICE_REFUSED, '$1 not available in services')))
    }
    checked.set(u.path, res.pkg)
    u.unit = { pkg: res.pkg, files: u.files, info: res.info }
    // rules of service code
    const refused: Array<{ p: number, msg: string }> = []
    for (const [id, o] of res.info.uses) {
      if (o.pkg === null) continue
      if (o.pkg.path === 'amigo' && o.name.startsWith('Test') && o.kind === 'func') {
        const file = fset.position(id.pos).filename
        if (!(opts.test && u === own && file.endsWith('_test.go'))) refused.push({ p: id.pos, msg: `amigo.${o.name} is only for _test.go files` })
      }
      if (o.kind === 'var' && o.isPackageLevel && remote.has(o.pkg.path) && o.pkg.path !== u.path) {
        refused.push({ p: id.pos, msg: `cannot refer to variable ${o.name} of service ${o.pkg.path}: call its functions` })
      }
    }
    if (refused.length > 0) {
      refused.sort((a, b) => a.p - b.p)
      return fail(refused.map(r => `${pos(r.p)}: ${r.msg}`))
    }
  }

  return { ok: true, own, units: order, fset, remote, std, pos }
}

export type LandCheck =
  | { ok: true, own: LandUnit, units: LandUnit[], fset: FileSet, remote: Set<string>, std: ReturnType<typeof stdImporter>, pos: (p: number) => string }
  | { ok: false, errors: string[] }

export function buildLand (opts: LandBuildOptions): LandBuild {
  const c = checkLand(opts)
  if (!c.ok) return c
  const { own, units: order, fset, remote, std, pos } = c
  // compile: the stdlib packages first, then the land packages in dependency order
  const compileUnits: CompileUnit[] = []
  const natives = new Map<string, any>()
  const seen = new Set<string>()
  for (const u of order) {
    for (const f of u.files) {
      for (const i of f.imports) {
        const ip = JSON.parse(i.path.value) as string
        if (!isLandImport(ip)) std.addUnits(ip, compileUnits, seen, natives)
      }
    }
  }
  for (const u of order) compileUnits.push(u.unit!)
  const service = { own: own.path, land: new Set(order.map(u => u.path)), remote }
  const js = compile(compileUnits, { pos, main: null, service, exports: opts.test ? ['testing.RunTest'] : [] })
  return { ok: true, js, natives, own, units: order, fset, remote }
}

function fail (errors: string[]): { ok: false, errors: string[] } {
  return { ok: false, errors: errors.length > 10 ? errors.slice(0, 10).concat(['too many errors']) : errors }
}
