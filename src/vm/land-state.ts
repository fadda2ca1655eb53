/**
 * The land state root (protocols/state.md, "Land state root"): a canonical HAMT holding exactly
 * the records that define a land's state, keyed by the record's key (UTF-8) with the record's
 * dag-cbor value as the entry value:
 *
 *   `svc/<path>`            → {kind, cid (code), head}   (head null for a library)
 *   `ver/<path>@<version>`  → the package CID
 *   `nonce/<address>`       → the address's last nonce
 *
 * The same records give the same root whatever the order of writes, so every replica that ran the
 * same blocks computes the same root; and the records can be rebuilt from a root alone (state sync).
 */
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { Hamt, DEFAULT_BIT_WIDTH, DEFAULT_BUCKET_SIZE, verifyBlock, type BlockStore } from '../store/hamt/index.ts'
import { VMError } from './errors.ts'
import type { RecordOp } from './land-overlay.ts'

export const STATE_PREFIXES = ['svc/', 'ver/', 'nonce/'] as const

export function isStateKey (key: string): boolean {
  return STATE_PREFIXES.some(p => key.startsWith(p))
}

const utf8 = new TextEncoder()
const fromUtf8 = new TextDecoder('utf-8', { fatal: true })

/** the state of a land with nothing in it (the parameters are fixed: they are part of the root) */
export async function emptyLandState (store: BlockStore): Promise<Hamt> {
  return await Hamt.create(store, { bitWidth: DEFAULT_BIT_WIDTH, bucketSize: DEFAULT_BUCKET_SIZE })
}

/** `state` with the state records among `ops` written (only the changed HAMT paths are written) */
export async function applyRecords (state: Hamt, ops: RecordOp[]): Promise<Hamt> {
  const batch = state.batch()
  for (const op of ops) {
    if (!isStateKey(op.key)) continue
    if (op.value === null) await batch.delete(utf8.encode(op.key))
    else await batch.set(utf8.encode(op.key), dagCbor.decode(op.value))
  }
  return await batch.commit()
}

/**
 * The land state at `root`, its HAMT blocks fetched first, level by level and many at a time (over
 * a network, one at a time would cost a round trip per block), checked and kept in `blocks`.
 */
export async function loadWholeState (blocks: BlockStore, root: CID): Promise<Hamt> {
  let level = [root]
  while (level.length > 0) {
    const next: CID[] = []
    for (let i = 0; i < level.length; i += FETCH_PARALLEL) {
      await Promise.all(level.slice(i, i + FETCH_PARALLEL).map(async cid => {
        const bytes = await blocks.get(cid)
        await verifyBlock(cid, bytes)
        await blocks.put(cid, bytes)
        next.push(...childLinks(bytes))
      }))
    }
    level = next
  }
  return await Hamt.load(blocks, root)
}

const FETCH_PARALLEL = 32

/** the child links of a HAMT block (root or node); whatever is malformed is left to Hamt.load to report */
function childLinks (bytes: Uint8Array): CID[] {
  let v: unknown
  try { v = dagCbor.decode(bytes) } catch { return [] }
  const node = v !== null && typeof v === 'object' && !Array.isArray(v) && CID.asCID(v) === null ? (v as { hamt?: unknown }).hamt : v
  if (!Array.isArray(node) || !Array.isArray(node[1])) return []
  return (node[1] as unknown[]).map(el => CID.asCID(el)).filter((c): c is CID => c !== null)
}

/** every record of a land state (fetched block by block, hash-checked); a malformed one throws ERR_LAND_BAD_STATE */
export async function * stateRecords (state: Hamt): AsyncGenerator<{ key: string, value: Uint8Array }> {
  for await (const [k, v] of state.entries()) {
    let key: string
    try { key = fromUtf8.decode(k) } catch { throw badState('a key that is not UTF-8') }
    if (!validRecord(key, v)) throw badState(`a malformed record ${JSON.stringify(key.slice(0, 300))}`)
    yield { key, value: dagCbor.encode(v) }
  }
}

function validRecord (key: string, v: unknown): boolean {
  if (key.startsWith('nonce/')) return Number.isSafeInteger(v) && (v as number) >= 0
  if (key.startsWith('ver/')) return CID.asCID(v) !== null
  if (!key.startsWith('svc/') || v === null || typeof v !== 'object') return false
  const r = v as { kind?: unknown, cid?: unknown, head?: unknown }
  if (CID.asCID(r.cid) === null || Object.keys(r).length !== 3) return false
  if (r.kind === 'library') return r.head === null
  return r.kind === 'service' && CID.asCID(r.head) !== null
}

function badState (what: string): VMError {
  return new VMError('ERR_LAND_BAD_STATE', `the land state holds ${what}`)
}
