// Blocks: the two codecs we accept, CIDv1 sha2-256, and the checks every incoming block passes.
import * as dagCbor from '@ipld/dag-cbor'
import * as raw from 'multiformats/codecs/raw'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { BadCidError, BlockTooLargeError, HashMismatchError, UnknownCodecError } from './errors/index.ts'

/**
 * Largest block we store, serve or accept: 1 MiB. Bitswap peers commonly refuse larger blocks
 * (its default message limit is 2 MiB), and the HAMT keeps state blocks far below this.
 */
export const MAX_BLOCK_SIZE = 1024 * 1024

export type CodecName = 'dag-cbor' | 'raw'

/** Multicodec codes of the codecs we accept. */
export const CODECS: Readonly<Record<CodecName, number>> = Object.freeze({ 'dag-cbor': dagCbor.code, raw: raw.code })

export function codecCode (name: string): number {
  if (name === 'dag-cbor') return dagCbor.code
  if (name === 'raw') return raw.code
  throw new UnknownCodecError(`unknown codec ${JSON.stringify(name)}: use dag-cbor or raw`)
}

export function codecName (code: number): CodecName {
  if (code === dagCbor.code) return 'dag-cbor'
  if (code === raw.code) return 'raw'
  throw new UnknownCodecError(`unknown codec 0x${code.toString(16)}: use dag-cbor (0x71) or raw (0x55)`)
}

/** The CIDv1 sha2-256 of `bytes` under `codec`. Checks the size, and that dag-cbor bytes decode. */
export async function makeCid (bytes: Uint8Array, codec: CodecName | number): Promise<CID> {
  const code = typeof codec === 'number' ? (codecName(codec), codec) : codecCode(codec)
  if (bytes.byteLength > MAX_BLOCK_SIZE) throw new BlockTooLargeError(bytes.byteLength, MAX_BLOCK_SIZE)
  if (code === dagCbor.code) decodeDagCbor(bytes)
  return CID.createV1(code, await sha256.digest(bytes))
}

/** Encode a value as one block: dag-cbor for any IPLD value, raw for a Uint8Array. */
export async function encodeBlock (value: unknown, codec: CodecName = 'dag-cbor'): Promise<{ cid: CID, bytes: Uint8Array }> {
  let bytes: Uint8Array
  if (codec === 'raw') {
    if (!(value instanceof Uint8Array)) throw new UnknownCodecError('a raw block must be a Uint8Array')
    bytes = value
  } else if (codec === 'dag-cbor') {
    try {
      bytes = dagCbor.encode(value)
    } catch (err: any) {
      throw new UnknownCodecError(`value cannot be encoded as dag-cbor: ${String(err?.message ?? err)}`)
    }
  } else {
    throw new UnknownCodecError(`unknown codec ${JSON.stringify(codec)}: use dag-cbor or raw`)
  }
  return { cid: await makeCid(bytes, codec), bytes }
}

/** Decode a block's bytes by its CID's codec (dag-cbor → IPLD value, raw → the bytes). */
export function decodeBlock<T = unknown> (cid: CID, bytes: Uint8Array): T {
  const codec = codecName(cid.code)
  return (codec === 'raw' ? bytes : decodeDagCbor(bytes)) as T
}

/**
 * Check that `bytes` may be stored under `cid`: an accepted CID, within the size limit, and
 * hashing to the CID's digest. Throws the matching typed error otherwise.
 */
export async function verifyBlock (cid: CID, bytes: Uint8Array): Promise<void> {
  checkCid(cid)
  if (bytes.byteLength > MAX_BLOCK_SIZE) throw new BlockTooLargeError(bytes.byteLength, MAX_BLOCK_SIZE)
  const digest = await sha256.digest(bytes)
  if (!equalBytes(digest.digest, cid.multihash.digest)) {
    throw new HashMismatchError(`bytes do not hash to ${cid.toString()}`)
  }
}

/** Parse a CID given as a string, bytes or CID object; only CIDv1 sha2-256 dag-cbor/raw is accepted. */
export function parseCid (input: string | Uint8Array | CID): CID {
  let cid: CID
  try {
    const c = CID.asCID(input)
    if (c != null) cid = c
    else if (typeof input === 'string') cid = CID.parse(input.trim())
    else if (input instanceof Uint8Array) cid = CID.decode(input)
    else throw new Error('not a CID')
  } catch (err: any) {
    throw new BadCidError(`invalid CID ${typeof input === 'string' ? JSON.stringify(input) : ''}: ${String(err?.message ?? err)}`.replace('  ', ' '))
  }
  return checkCid(cid)
}

function checkCid (cid: CID): CID {
  if (cid.version !== 1) throw new BadCidError(`CID ${cid.toString()} is CIDv0; only CIDv1 is accepted`)
  if (cid.multihash.code !== sha256.code) throw new BadCidError(`CID ${cid.toString()} is not sha2-256`)
  if (cid.multihash.size !== 32) throw new BadCidError(`CID ${cid.toString()} has a truncated digest`)
  codecName(cid.code)
  return cid
}

/** The CIDs a block links to, in encoding order (raw blocks have none). */
export function blockLinks (cid: CID, bytes: Uint8Array): CID[] {
  if (cid.code !== dagCbor.code) return []
  const out: CID[] = []
  collectLinks(decodeDagCbor(bytes), out)
  return out
}

function collectLinks (v: unknown, out: CID[]): void {
  if (v == null || typeof v !== 'object') return
  const cid = CID.asCID(v)
  if (cid != null) { out.push(cid); return }
  if (v instanceof Uint8Array) return
  if (Array.isArray(v)) { for (const x of v) collectLinks(x, out); return }
  for (const k of Object.keys(v)) collectLinks((v as Record<string, unknown>)[k], out)
}

function decodeDagCbor (bytes: Uint8Array): unknown {
  try {
    return dagCbor.decode(bytes)
  } catch (err: any) {
    throw new UnknownCodecError(`bytes are not valid dag-cbor: ${String(err?.message ?? err)}`)
  }
}

export function equalBytes (a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false
  return true
}
