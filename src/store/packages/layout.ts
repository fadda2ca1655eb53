/**
 * The package DAG layout (protocols/packages.md): names, limits and validation shared by the
 * encoder and the decoder.
 */
import * as dagCbor from '@ipld/dag-cbor'
import * as raw from 'multiformats/codecs/raw'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import * as Digest from 'multiformats/hashes/digest'
import { PackageError } from './errors.ts'

/** The `format` field of every manifest; a new layout gets a new value. */
export const PACKAGE_FORMAT = 'amigo/package/1'
/** One file is one raw block; 1 MiB is the block size every IPFS implementation accepts. */
export const MAX_FILE_BYTES = 1024 * 1024
/** All files together. */
export const MAX_PACKAGE_BYTES = 4 * 1024 * 1024
export const MAX_FILES = 256
export const MAX_IMPORTS = 256
/** The manifest block (file list + imports) stays small. */
export const MAX_MANIFEST_BYTES = 256 * 1024
export const MAX_NAME_BYTES = 255
export const MAX_PATH_BYTES = 256

/** A Go source file name: no directories (no `/` or `\`), not hidden, ends in `.go`. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.+-]*\.go$/
/** One segment of a package or import path (`hub.land`, `alice`, `blog`). */
const PATH_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._~+-]*$/

export function checkFileName (name: unknown): asserts name is string {
  if (typeof name !== 'string' || name.length === 0) {
    throw new PackageError('ERR_PACKAGE_BAD_FILE_NAME', 'file name must be a non-empty string')
  }
  if (name.length > MAX_NAME_BYTES || !FILE_NAME.test(name)) {
    throw new PackageError('ERR_PACKAGE_BAD_FILE_NAME', `file name ${JSON.stringify(name)} is not allowed: only NAME.go, with letters, digits, '_', '-', '+' and '.', no directories, not starting with '.' or '_'`)
  }
}

/** A package or import path: `land/owner/name` style, slash-separated segments, no `.`/`..`, no version suffix. */
export function checkPath (path: unknown, what: 'package path' | 'import path'): asserts path is string {
  const code = what === 'package path' ? 'ERR_PACKAGE_BAD_PATH' : 'ERR_PACKAGE_BAD_IMPORT'
  if (typeof path !== 'string' || path.length === 0 || path.length > MAX_PATH_BYTES) {
    throw new PackageError(code, `${what} must be a string of 1..${MAX_PATH_BYTES} characters`)
  }
  for (const seg of path.split('/')) {
    if (!PATH_SEGMENT.test(seg) || seg === '.' || seg === '..') {
      throw new PackageError(code, `${what} ${JSON.stringify(path)} is not valid: segment ${JSON.stringify(seg)} (use letters, digits and . _ ~ + -, separated by '/')`)
    }
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

export function checkSource (name: string, bytes: Uint8Array): void {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new PackageError('ERR_PACKAGE_FILE_TOO_LARGE', `file ${name} is ${bytes.byteLength} bytes, more than ${MAX_FILE_BYTES}`)
  }
  try {
    utf8.decode(bytes)
  } catch {
    throw new PackageError('ERR_PACKAGE_NOT_UTF8', `file ${name} is not valid UTF-8 (Go source must be)`)
  }
}

/** A CID the layout accepts: version 1, sha2-256, of the given codec. */
export function checkCid (value: unknown, codec: number, what: string): CID {
  const cid = CID.asCID(value)
  if (cid === null) throw new PackageError('ERR_PACKAGE_BAD_CID', `${what} is not a CID`)
  if (cid.version !== 1 || cid.multihash.code !== sha256.code || cid.code !== codec) {
    const want = codec === raw.code ? 'raw' : 'dag-cbor'
    throw new PackageError('ERR_PACKAGE_BAD_CID', `${what} ${cid.toString()} must be a CIDv1 ${want} sha2-256`)
  }
  return cid
}

export async function cidOf (codec: number, bytes: Uint8Array): Promise<CID> {
  return CID.createV1(codec, Digest.create(sha256.code, await sha256.encode(bytes)))
}

export async function checkHash (cid: CID, bytes: Uint8Array): Promise<void> {
  const got = await sha256.encode(bytes)
  const want = cid.multihash.digest
  let same = got.byteLength === want.byteLength
  for (let i = 0; same && i < got.byteLength; i++) same = got[i] === want[i]
  if (!same) throw new PackageError('ERR_PACKAGE_HASH_MISMATCH', `block ${cid.toString()}: bytes do not hash to the CID`)
}

/** Byte order of UTF-8 names (equal to code-unit order for the ASCII names allowed). */
export function compareNames (a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export { dagCbor, raw }
