/**
 * The requests a land's consensus makes to single peers (protocols/sync.md): which peers to ask
 * first, fetching a locked block this sequencer never received, handing pending txs to the
 * sequencer when gossip may have lost them, and exchanging view changes with a validator that
 * (re)joined a height. Catch-up itself is sync.ts.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import type { Libp2p, Logger, PeerId } from '@libp2p/interface'
import type { CID } from 'multiformats/cid'
import { LandError, blockCid, parseBlock, type Block, type Signed, type ValidatorSet, type ViewChangeMsg } from '../../store/lands/index.ts'
import type { Mempool } from './mempool.ts'
import { blockTxs, type CheckContext } from './sequencer.ts'
import { MAX_PUSH_BYTES, MAX_SYNC_TXS, syncRequest } from './sync-wire.ts'

const REQUEST_TIMEOUT_MS = 2000

export interface PeerContext {
  libp2p: Libp2p<any>
  genesisCid: CID
  set: ValidatorSet
  log: Logger
  signal: AbortSignal
}

/** Connected peers to ask, best first: validators by the highest height they attested, then the rest. */
export function syncPeers (libp2p: Libp2p<any>, set: ValidatorSet, lastSeen: Map<number, number>): PeerId[] {
  const connected = new Set(libp2p.getPeers().map(p => p.toString()))
  const validators = set.addresses
    .map((a, i) => ({ a, h: lastSeen.get(i) ?? -1 }))
    .filter(x => connected.has(x.a))
    .sort((x, y) => y.h - x.h)
    .map(x => x.a)
  const others = [...connected].filter(p => !validators.includes(p))
  return [...validators, ...others].map(p => peerIdFromString(p))
}

/** A pending block of `height` by CID from the first peer that has it, its bodies checked. */
export async function fetchPending (c: PeerContext, peers: PeerId[], height: number, block: CID, check: Pick<CheckContext, 'land' | 'params' | 'mempool'>): Promise<{ block: Block, txs: Uint8Array[] } | undefined> {
  for (const peer of peers) {
    try {
      const res = await syncRequest(c.libp2p, peer, { proposal: { genesis: c.genesisCid, height, block } }, AbortSignal.any([c.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]))
      const p = res.proposal as { block: Block, txs: Uint8Array[] }
      const b = parseBlock(p.block)
      if ((await blockCid(b)).equals(block)) {
        await blockTxs(b, p.txs, check)
        return { block: b, txs: p.txs }
      }
    } catch (e) {
      c.log('fetching block %s from %p failed - %e', block, peer, e)
    }
  }
  return undefined
}

/**
 * Hands the oldest pending txs straight to validator `to` (sync.md, "push"): a tx whose gossip
 * reached only this validator would otherwise never be proposed, and alone it cannot move the land
 * to another view.
 */
export async function pushPending (c: PeerContext, mempool: Mempool, to: number): Promise<void> {
  const txs: Uint8Array[] = []
  let bytes = 0
  for (const e of mempool.oldest(MAX_SYNC_TXS)) {
    if (bytes + e.bytes.length > MAX_PUSH_BYTES) break
    txs.push(e.bytes)
    bytes += e.bytes.length
  }
  if (txs.length === 0) return
  try {
    const res = await syncRequest(c.libp2p, peerIdFromString(c.set.addresses[to]), { push: { genesis: c.genesisCid, txs } }, AbortSignal.any([c.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]))
    c.log('pushed %d pending txs to validator %d: %d were new to it', txs.length, to, (res.push as { accepted?: number } | undefined)?.accepted)
  } catch (e) {
    c.log('pushing pending txs to validator %d failed - %e', to, e)
  }
}

/**
 * Exchanges view-change state with one validator (sync.md, "viewChanges"): sends the view changes
 * this node holds for `height`, returns the peer's height and the raw view changes it holds of it
 * (the caller checks them), or undefined when the peer could not be asked.
 */
export async function exchangeViewChanges (c: PeerContext, peer: PeerId, height: number, vcs: Array<Signed<ViewChangeMsg>>): Promise<{ height: number, vcs: unknown[] } | undefined> {
  try {
    const res = await syncRequest(c.libp2p, peer, { viewChanges: { genesis: c.genesisCid, height, vcs } }, AbortSignal.any([c.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]))
    const got = res.viewChanges as { height?: unknown, vcs?: unknown } | undefined
    if (typeof got?.height !== 'number' || !Array.isArray(got.vcs)) throw new LandError('ERR_LAND_MALFORMED', 'a viewChanges answer has a height and a list of view changes')
    return { height: got.height, vcs: got.vcs }
  } catch (e) {
    c.log('exchanging view changes with %p failed - %e', peer, e)
    return undefined
  }
}

/**
 * Dials the validators this node is not connected to and knows an address of (finality.md,
 * "Rejoining a height"): a restarted node that nobody dials (a bootstrap node dials no one) would
 * otherwise rejoin no one, and its view changes and votes reach no one.
 */
export async function dialValidators (c: PeerContext, self: number): Promise<void> {
  const connected = new Set(c.libp2p.getPeers().map(p => p.toString()))
  await Promise.all(c.set.addresses.map(async (a, i) => {
    if (i === self || connected.has(a)) return
    const id = peerIdFromString(a)
    const known = await c.libp2p.peerStore.get(id).then(p => p.addresses.length > 0, () => false)
    if (!known || c.signal.aborted) return
    await c.libp2p.dial(id, { signal: AbortSignal.any([c.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]) }).catch(() => {})
  }))
}
