/**
 * The estimated dag-cbor size of an encoded state value (what heap.ts hands the store): exact
 * for the scalars' upper bounds, without encoding anything. The state quota counts it, so it
 * depends on the value alone and is the same on every machine.
 */
import { CID } from 'multiformats/cid'

/** bytes of a CBOR head (major type and length) at most */
const HEAD = 9
/** a CID link: tag 42, the multibase prefix and a CIDv1 sha2-256 */
const LINK = 41

export function encodedSize (v: unknown): number {
  if (v === null || v === undefined || typeof v === 'boolean') return 1
  if (typeof v === 'number' || typeof v === 'bigint') return HEAD
  if (typeof v === 'string') return HEAD + v.length // ASCII (encodeString keeps other text as bytes or decoded UTF-8: about as long)
  if (v instanceof Uint8Array) return HEAD + v.length
  if (Array.isArray(v)) {
    let n = HEAD
    for (const x of v) n += encodedSize(x)
    return n
  }
  if (v instanceof CID) return LINK
  let n = HEAD
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) n += HEAD + k.length + encodedSize(x)
  return n
}
