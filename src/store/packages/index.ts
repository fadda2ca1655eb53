/**
 * Packages as IPLD DAGs (protocols/packages.md): a folder of `.go` files of one Go package plus a
 * manifest (its path and, like go.sum, the exact CID each Amigo import resolved to). File bytes
 * are raw blocks; the manifest is the dag-cbor root block; names are sorted and nothing depends on
 * time, so the same files always give the same CID. Decoding verifies every block's hash, every
 * name (only `NAME.go`, no directories), every size limit and the canonical form.
 *
 * @example
 * ```ts
 * import { encodePackage, decodePackage } from './store/packages/index.ts'
 * const { root, blocks } = await encodePackage({
 *   path: 'local.land/alice/counter',
 *   files: [{ name: 'counter.go', bytes: new TextEncoder().encode('package counter\n') }],
 *   imports: {}
 * })
 * const byCid = new Map(blocks.map(b => [b.cid.toString(), b.bytes]))
 * const pkg = await decodePackage(async cid => byCid.get(cid.toString())!, root)
 * ```
 */
export { encodePackage, decodePackage } from './package.ts'
export type { Package, PackageFile, EncodedPackage, Block } from './package.ts'
export { PackageError } from './errors.ts'
export type { PackageErrorCode } from './errors.ts'
export {
  PACKAGE_FORMAT, MAX_FILE_BYTES, MAX_PACKAGE_BYTES, MAX_FILES, MAX_IMPORTS, MAX_MANIFEST_BYTES,
  MAX_NAME_BYTES, MAX_PATH_BYTES
} from './layout.ts'
