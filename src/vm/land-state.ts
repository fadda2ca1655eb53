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
import { byBytes, type RecordOp } from './land-overlay.ts'
import type { StateDifference } from '../store/lands/types.ts'

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

/** a HAMT slot: a link to a child node, or a bucket of [key, value] entries */
type Slot = CID | Array<[Uint8Array, unknown]>
interface RawNode { map: Uint8Array, data: Slot[] }

/**
 * Where two land states differ (divergence, protocols/state.md §6): both HAMTs are walked side by
 * side from their roots and a subtree whose link is the same on both sides is skipped, so two
 * states that differ in a few entries cost a few HAMT paths, whatever their size. Every block is
 * hash-checked (the certificate's may come from peers).
 */
export async function firstStateDifference (blocks: BlockStore, ours: CID, theirs: CID): Promise<StateDifference | undefined> {
  if (ours.equals(theirs)) return undefined
  const found = new Map<string, { ours?: unknown, theirs?: unknown }>()
  const note = (key: string, side: 'ours' | 'theirs', v: unknown): void => {
    const e = found.get(key) ?? {}
    e[side] = v
    found.set(key, e)
  }
  const load = async (cid: CID): Promise<RawNode> => {
    const bytes = await blocks.get(cid)
    await verifyBlock(cid, bytes)
    return rawNode(dagCbor.decode(bytes), cid)
  }
  const entries = async (slot: Slot | undefined, out: Map<string, unknown>): Promise<void> => {
    if (slot === undefined) return
    if (!Array.isArray(slot)) {
      for (const s of (await load(slot)).data) await entries(s, out)
      return
    }
    for (const [k, v] of slot) out.set(fromUtf8.decode(k), v)
  }
  const walk = async (a: RawNode, b: RawNode): Promise<void> => {
    const width = Math.max(a.map.length, b.map.length) * 8
    let ia = 0
    let ib = 0
    for (let i = 0; i < width; i++) {
      const sa = bitAt(a.map, i) ? a.data[ia++] : undefined
      const sb = bitAt(b.map, i) ? b.data[ib++] : undefined
      if (sa === undefined && sb === undefined) continue
      const la = sa !== undefined && !Array.isArray(sa) ? sa : undefined
      const lb = sb !== undefined && !Array.isArray(sb) ? sb : undefined
      if (la !== undefined && lb !== undefined) {
        if (!la.equals(lb)) await walk(await load(la), await load(lb))
        continue
      }
      const ea = new Map<string, unknown>()
      const eb = new Map<string, unknown>()
      await entries(sa, ea)
      await entries(sb, eb)
      for (const [k, v] of ea) if (!eb.has(k) || !sameValue(v, eb.get(k))) note(k, 'ours', v)
      for (const [k, v] of eb) if (!ea.has(k) || !sameValue(v, ea.get(k))) note(k, 'theirs', v)
    }
  }
  try {
    await walk(await load(ours), await load(theirs))
  } catch (e) {
    if (e instanceof TypeError) throw badState(`a malformed HAMT node (${e.message})`)
    throw e
  }
  const keys = [...found.keys()].sort(byBytes)
  const key = keys.find(k => k.startsWith('svc/')) ?? keys[0]
  if (key === undefined) return undefined
  const e = found.get(key)!
  return {
    key,
    ...(key.startsWith('svc/') ? { service: key.slice('svc/'.length) } : {}),
    ...('ours' in e ? { ours: entryText(e.ours) } : {}),
    ...('theirs' in e ? { theirs: entryText(e.theirs) } : {})
  }
}

function rawNode (v: unknown, cid: CID): RawNode {
  const node = v !== null && typeof v === 'object' && !Array.isArray(v) && CID.asCID(v) === null ? (v as { hamt?: unknown }).hamt : v
  if (!Array.isArray(node) || !(node[0] instanceof Uint8Array) || !Array.isArray(node[1])) throw badState(`a block ${cid.toString()} that is not a HAMT node`)
  const data = (node[1] as unknown[]).map(el => CID.asCID(el) ?? el)
  if (!data.every(el => el instanceof CID || (Array.isArray(el) && el.every(en => Array.isArray(en) && en[0] instanceof Uint8Array)))) throw badState(`a HAMT node ${cid.toString()} with a malformed element`)
  return { map: node[0], data: data as Slot[] }
}

/** bit `i` of a HAMT map (the IPLD HashMap spec's little-endian byte addressing) */
function bitAt (map: Uint8Array, i: number): boolean {
  return i >> 3 < map.length && ((map[i >> 3] >> (i & 7)) & 1) === 1
}

function sameValue (a: unknown, b: unknown): boolean {
  const x = dagCbor.encode(a)
  const y = dagCbor.encode(b)
  return x.length === y.length && x.every((byte, i) => byte === y[i])
}

/** a state entry as text: a service's head (its code CID for a library), a nonce, a package CID */
function entryText (v: unknown): string {
  const link = CID.asCID(v)
  if (link !== null) return link.toString()
  if (v !== null && typeof v === 'object') {
    const r = v as { cid?: unknown, head?: unknown }
    return String(CID.asCID(r.head) ?? CID.asCID(r.cid) ?? JSON.stringify(v))
  }
  return String(v)
}

/**
 * One state record read from a land state (its HAMT path fetched as needed, hash-checked), with
 * the bytes the executor's record has: the dag-cbor of the entry; a malformed one is ERR_LAND_BAD_STATE.
 */
export async function readStateRecord (state: Hamt, key: string): Promise<Uint8Array | undefined> {
  const v = await state.get(utf8.encode(key))
  if (v === undefined) return undefined
  if (!validRecord(key, v)) throw badState(`a malformed record ${JSON.stringify(key.slice(0, 300))}`)
  return dagCbor.encode(v)
}
