/** What a land shows of itself (protocols/lands.md, `status()` and `blocks()`), from its consensus state and log. */
import type { CID } from 'multiformats/cid'
import type { ValidatorSet } from '../../store/lands/index.ts'
import { readEntry, summarize } from './log-records.ts'
import type { Mempool } from './mempool.ts'
import type { LandBlockSummary, LandRecords, LandStatus } from './types.ts'

export interface StatusSource {
  land: string
  genesisCid: CID
  set: ValidatorSet
  /** this node's validator index, -1 for a follower */
  me: number
  self: string
  connected: Set<string>
  finalHeight: number
  /** undefined at height 0 while the genesis state is not computed */
  stateRoot: CID | undefined
  view: number
  lastSeen: Map<number, number>
  mempool: Mempool
  diverged?: LandStatus['divergence']
  syncedFrom?: number
  equivocations: LandStatus['equivocations']
  rejections: Record<string, number>
}

export function landStatus (s: StatusSource): LandStatus {
  return {
    land: s.land,
    genesis: s.genesisCid.toString(),
    height: s.finalHeight + 1,
    finalHeight: s.finalHeight,
    stateRoot: s.stateRoot?.toString() ?? '',
    view: s.view,
    sequencer: s.set.addresses[s.set.sequencer(s.view)],
    validator: s.me >= 0,
    validators: s.set.addresses.map((id, i) => ({
      id,
      ...(i === s.me ? { height: s.finalHeight } : s.lastSeen.has(i) ? { height: s.lastSeen.get(i) } : {}),
      connected: id === s.self || s.connected.has(id)
    })),
    mempool: { txs: s.mempool.size, bytes: s.mempool.bytes },
    ...(s.diverged !== undefined ? { divergence: { ...s.diverged, ...(s.diverged.first !== undefined ? { first: { ...s.diverged.first } } : {}) } } : {}),
    ...(s.syncedFrom !== undefined ? { syncedFrom: s.syncedFrom } : {}),
    equivocations: [...s.equivocations],
    rejections: { ...s.rejections }
  }
}

/** The log's final blocks `from`.. (at most `limit`, up to `finalHeight`). */
export async function logBlocks (records: LandRecords, validators: string[], finalHeight: number, from: number, limit: number): Promise<LandBlockSummary[]> {
  const out: LandBlockSummary[] = []
  const last = Math.min(finalHeight, from + Math.max(0, limit) - 1)
  for (let h = Math.max(1, from); h <= last; h++) {
    const e = await readEntry(records, h)
    if (e === undefined) continue
    out.push(summarize(e, validators))
  }
  return out
}
