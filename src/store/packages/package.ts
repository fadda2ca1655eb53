/**
 * Encoding and decoding a Go package as an IPLD DAG: one raw block per `.go` file and one
 * dag-cbor manifest block (the root) listing the files by name and the package's resolved imports.
 */
import type { CID } from 'multiformats/cid'
import { PackageError } from './errors.ts'
import {
  PACKAGE_FORMAT, MAX_FILES, MAX_IMPORTS, MAX_MANIFEST_BYTES, MAX_PACKAGE_BYTES, MAX_FILE_BYTES,
  checkCid, checkFileName, checkHash, checkPath, checkSource, cidOf, compareNames, dagCbor, raw
} from './layout.ts'

export interface PackageFile {
  name: string
  bytes: Uint8Array
}

export interface Package {
  /** the package's own path, e.g. `local.land/alice/blog` */
  path: string
  /** its `.go` files; `decodePackage` returns them sorted by name */
  files: PackageFile[]
  /** each imported Amigo package path → the exact CID (package root) it resolved to when pushed */
  imports: Record<string, CID>
}

export interface Block {
  cid: CID
  bytes: Uint8Array
}

export interface EncodedPackage {
  /** the manifest's CID: the package's name */
  root: CID
  /** the manifest block first, then one raw block per distinct file content */
  blocks: Block[]
}

/** The manifest as stored (dag-cbor). */
interface Manifest {
  format: string
  path: string
  files: Array<{ name: string, size: number, cid: CID }>
  imports: Record<string, CID>
}

/** Validates a package and encodes it into blocks. The same files and imports always give the same root. */
export async function encodePackage (pkg: Package): Promise<EncodedPackage> {
  checkPath(pkg.path, 'package path')
  if (!Array.isArray(pkg.files) || pkg.files.length === 0) throw new PackageError('ERR_PACKAGE_NO_FILES', `package ${pkg.path} has no .go files`)
  if (pkg.files.length > MAX_FILES) throw new PackageError('ERR_PACKAGE_TOO_MANY_FILES', `package ${pkg.path} has ${pkg.files.length} files, more than ${MAX_FILES}`)
  const files = pkg.files.slice().sort((a, b) => compareNames(a.name, b.name))
  const fileBlocks = new Map<string, Block>()
  const entries: Manifest['files'] = []
  let total = 0
  for (let i = 0; i < files.length; i++) {
    const { name, bytes } = files[i]
    checkFileName(name)
    if (i > 0 && files[i - 1].name === name) throw new PackageError('ERR_PACKAGE_DUPLICATE_FILE', `file ${name} appears twice`)
    if (!(bytes instanceof Uint8Array)) throw new PackageError('ERR_PACKAGE_BAD_MANIFEST', `file ${name}: bytes must be a Uint8Array`)
    checkSource(name, bytes)
    total += bytes.byteLength
    if (total > MAX_PACKAGE_BYTES) throw new PackageError('ERR_PACKAGE_TOO_LARGE', `package ${pkg.path} is more than ${MAX_PACKAGE_BYTES} bytes of source`)
    const cid = await cidOf(raw.code, bytes)
    fileBlocks.set(cid.toString(), { cid, bytes })
    entries.push({ name, size: bytes.byteLength, cid })
  }
  const imports = checkImports(pkg.imports, 'import')
  const manifest: Manifest = { format: PACKAGE_FORMAT, path: pkg.path, files: entries, imports }
  const bytes = dagCbor.encode(manifest)
  if (bytes.byteLength > MAX_MANIFEST_BYTES) throw new PackageError('ERR_PACKAGE_TOO_LARGE', `package ${pkg.path}: manifest is ${bytes.byteLength} bytes, more than ${MAX_MANIFEST_BYTES}`)
  const root = await cidOf(dagCbor.code, bytes)
  return { root, blocks: [{ cid: root, bytes }, ...fileBlocks.values()] }
}

function checkImports (value: unknown, what: string): Record<string, CID> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new PackageError('ERR_PACKAGE_BAD_IMPORT', 'imports must be a map from import path to package CID')
  }
  const keys = Object.keys(value)
  if (keys.length > MAX_IMPORTS) throw new PackageError('ERR_PACKAGE_BAD_IMPORT', `${keys.length} imports, more than ${MAX_IMPORTS}`)
  const out: Record<string, CID> = {}
  for (const path of keys.sort(compareNames)) {
    checkPath(path, 'import path')
    out[path] = checkCid((value as Record<string, unknown>)[path], dagCbor.code, `${what} ${path}`)
  }
  return out
}

/** Reads one block; a missing block becomes a PackageError naming it. */
async function fetch (getBlock: (cid: CID) => Promise<Uint8Array>, cid: CID): Promise<Uint8Array> {
  try {
    return await getBlock(cid)
  } catch (err) {
    throw new PackageError('ERR_PACKAGE_BLOCK_MISSING', `block ${cid.toString()} could not be read: ${(err as Error).message}`, { cause: err })
  }
}

/**
 * Loads and verifies a package: every block's hash, the manifest's shape and canonical encoding,
 * every name, size and import. Throws a `PackageError` on the first problem.
 */
export async function decodePackage (getBlock: (cid: CID) => Promise<Uint8Array>, root: CID): Promise<Package> {
  const rootCid = checkCid(root, dagCbor.code, 'package root')
  const bytes = await fetch(getBlock, rootCid)
  if (bytes.byteLength > MAX_MANIFEST_BYTES) throw new PackageError('ERR_PACKAGE_TOO_LARGE', `manifest ${rootCid.toString()} is ${bytes.byteLength} bytes, more than ${MAX_MANIFEST_BYTES}`)
  await checkHash(rootCid, bytes)
  let value: unknown
  try {
    value = dagCbor.decode(bytes)
  } catch (err) {
    throw new PackageError('ERR_PACKAGE_BAD_MANIFEST', `manifest ${rootCid.toString()} is not valid dag-cbor: ${(err as Error).message}`)
  }
  const m = checkManifest(rootCid, value)
  // Canonical: the manifest must be exactly what encodePackage writes for these contents.
  const again = dagCbor.encode(m)
  if (again.byteLength !== bytes.byteLength || again.some((b, i) => b !== bytes[i])) {
    throw new PackageError('ERR_PACKAGE_BAD_MANIFEST', `manifest ${rootCid.toString()} is not in canonical form`)
  }
  const files: PackageFile[] = []
  for (const f of m.files) {
    const data = await fetch(getBlock, f.cid)
    if (data.byteLength > MAX_FILE_BYTES) throw new PackageError('ERR_PACKAGE_FILE_TOO_LARGE', `file ${f.name}: block ${f.cid.toString()} is ${data.byteLength} bytes, more than ${MAX_FILE_BYTES}`)
    await checkHash(f.cid, data)
    if (data.byteLength !== f.size) throw new PackageError('ERR_PACKAGE_BAD_MANIFEST', `file ${f.name}: block ${f.cid.toString()} has ${data.byteLength} bytes, the manifest says ${f.size}`)
    checkSource(f.name, data)
    files.push({ name: f.name, bytes: data })
  }
  return { path: m.path, files, imports: m.imports }
}

function checkManifest (root: CID, value: unknown): Manifest {
  const where = `manifest ${root.toString()}`
  const bad = (why: string): PackageError => new PackageError('ERR_PACKAGE_BAD_MANIFEST', `${where}: ${why}`)
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw bad('not a map')
  const v = value as Record<string, unknown>
  const keys = Object.keys(v).sort().join(',')
  if (keys !== 'files,format,imports,path') throw bad(`has fields ${keys}, want files,format,imports,path`)
  if (v.format !== PACKAGE_FORMAT) throw bad(`format ${JSON.stringify(v.format)} is not ${PACKAGE_FORMAT}`)
  checkPath(v.path, 'package path')
  if (!Array.isArray(v.files) || v.files.length === 0) throw new PackageError('ERR_PACKAGE_NO_FILES', `${where}: no files`)
  if (v.files.length > MAX_FILES) throw new PackageError('ERR_PACKAGE_TOO_MANY_FILES', `${where}: ${v.files.length} files, more than ${MAX_FILES}`)
  const files: Manifest['files'] = []
  let total = 0
  for (const f of v.files as unknown[]) {
    if (f === null || typeof f !== 'object' || Array.isArray(f)) throw bad('a file entry is not a map')
    const e = f as Record<string, unknown>
    if (Object.keys(e).sort().join(',') !== 'cid,name,size') throw bad('a file entry must have exactly cid, name, size')
    checkFileName(e.name)
    const prev = files[files.length - 1]
    if (prev !== undefined && compareNames(prev.name, e.name) >= 0) {
      if (prev.name === e.name) throw new PackageError('ERR_PACKAGE_DUPLICATE_FILE', `${where}: file ${e.name} appears twice`)
      throw bad('files are not sorted by name')
    }
    if (typeof e.size !== 'number' || !Number.isInteger(e.size) || e.size < 0) throw bad(`file ${e.name}: size is not a non-negative integer`)
    if (e.size > MAX_FILE_BYTES) throw new PackageError('ERR_PACKAGE_FILE_TOO_LARGE', `${where}: file ${e.name} is ${e.size} bytes, more than ${MAX_FILE_BYTES}`)
    total += e.size
    if (total > MAX_PACKAGE_BYTES) throw new PackageError('ERR_PACKAGE_TOO_LARGE', `${where}: more than ${MAX_PACKAGE_BYTES} bytes of source`)
    files.push({ name: e.name, size: e.size, cid: checkCid(e.cid, raw.code, `file ${e.name}`) })
  }
  const imports = checkImports(v.imports, 'import')
  return { format: PACKAGE_FORMAT, path: v.path, files, imports }
}
