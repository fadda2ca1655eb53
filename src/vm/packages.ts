/**
 * Packages for the VM: loading a package DAG by CID (verified), finding the imports of Go files,
 * and building a package's program with every land import resolved to the exact CID its importer
 * recorded (protocols/packages.md). Builds are cached by package CID.
 */
import { CID } from 'multiformats/cid'
import { decodePackage, PackageError } from '../store/packages/index.ts'
import { buildService, packageHeader, stripVersion, type LandPackage, type ServiceProgram, type ServiceBuildInput } from '../lang/index.ts'
import type { PackageFile } from './types.ts'
import { VMError } from './errors.ts'

export interface LoadedPackage {
  cid: CID
  path: string
  /** every file, tests included */
  files: PackageFile[]
  imports: Record<string, CID>
  kind: 'service' | 'library'
}

export interface Built { program: ServiceProgram, input: ServiceBuildInput, closure: Map<string, LoadedPackage> }

/** the files a program is built from (tests are kept in the package but not built) */
export function sourceFiles (files: PackageFile[]): PackageFile[] {
  return files.filter(f => !f.name.endsWith('_test.go'))
}

const utf8 = new TextDecoder()

export class PackageLoader {
  private readonly loaded = new Map<string, LoadedPackage>()
  private readonly builds = new Map<string, Built>()

  constructor (private readonly getBlock: (cid: CID) => Promise<Uint8Array>) {}

  async load (cid: CID): Promise<LoadedPackage> {
    const key = cid.toString()
    const have = this.loaded.get(key)
    if (have !== undefined) return have
    let pkg
    try {
      pkg = await decodePackage(this.getBlock, cid)
    } catch (e) {
      if (e instanceof PackageError) throw new VMError(e.code === 'ERR_PACKAGE_BLOCK_MISSING' ? 'ERR_PACKAGE_NOT_FOUND' : e.code, e.message)
      throw e
    }
    const files = pkg.files.map(f => ({ name: f.name, text: utf8.decode(f.bytes) }))
    const lp: LoadedPackage = { cid, path: pkg.path, files, imports: pkg.imports, kind: packageHeader(sourceFiles(files)).kind }
    this.loaded.set(key, lp)
    return lp
  }

  /** the package and every package it imports, by path (one CID per path in a program) */
  async closure (root: LoadedPackage): Promise<Map<string, LoadedPackage>> {
    const byPath = new Map<string, LoadedPackage>([[root.path, root]])
    const todo = [root]
    while (todo.length > 0) {
      const p = todo.pop()!
      for (const [path, cid] of Object.entries(p.imports)) {
        const dep = await this.load(cid)
        if (dep.path !== path) throw new VMError('ERR_PACKAGE_BAD_IMPORT', `${p.path} imports ${path} as ${cid.toString()}, which is the package ${dep.path}`)
        const seen = byPath.get(path)
        if (seen !== undefined) {
          if (!seen.cid.equals(cid)) throw new VMError('ERR_IMPORT_CONFLICT', `${path} is imported as two different packages (${seen.cid.toString()} and ${String(cid)})`)
          continue
        }
        byPath.set(path, dep)
        todo.push(dep)
      }
    }
    return byPath
  }

  /** builds a stored package (cached by CID) */
  async build (cid: CID, extraFiles?: PackageFile[]): Promise<Built> {
    const key = cid.toString()
    const have = extraFiles === undefined ? this.builds.get(key) : undefined
    if (have !== undefined) return have
    const root = await this.load(cid)
    const closure = await this.closure(root)
    const built = buildFrom(root.path, root.files, closure, extraFiles)
    if (extraFiles === undefined) this.builds.set(key, built)
    return built
  }
}

/** builds files of `path` whose land imports are the packages of `closure` */
export function buildFrom (path: string, files: PackageFile[], closure: Map<string, LoadedPackage>, extraFiles?: PackageFile[]): Built {
  const resolve = (importPath: string): LandPackage | null => {
    const dep = closure.get(stripVersion(importPath))
    if (dep === undefined) return null
    return { path: dep.path, files: sourceFiles(dep.files), kind: dep.kind }
  }
  const input: ServiceBuildInput = { path, files: sourceFiles(files), resolve, ...(extraFiles !== undefined ? { extraFiles } : {}) }
  const r = buildService(input)
  if (!r.ok) throw new VMError('ERR_COMPILE', r.errors.join('\n'))
  return { program: r.program, input, closure }
}

export function parseCidOrThrow (s: string): CID {
  try { return CID.parse(s) } catch { throw new VMError('ERR_BAD_CID', `${s} is not a CID`) }
}
