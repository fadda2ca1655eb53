/**
 * Catch-up and state sync (protocols/sync.md): what a land serves to peers from its log, how a
 * node behind replays certified blocks, and how a fresh or far-behind node adopts a certified state.
 */
import type { Libp2p, Logger, PeerId } from '@libp2p/interface'
import { CID } from 'multiformats/cid'
import {
  LandError, blockCid, parseBlock, parseQC, parseAttestMsg, type Block, type Certificate, type ValidatorSet
} from '../../store/lands/index.ts'
import { readEntry, readTx } from './log-records.ts'
import type { LandRecords } from './types.ts'
import type { Mempool } from './mempool.ts'
import { MAX_SYNC_BLOCKS, MAX_SYNC_STATE, MAX_SYNC_TXS, syncRequest, type SyncRequest } from './sync-wire.ts'

const RESPONSE_BUDGET = 6 * 1024 * 1024
const REQUEST_TIMEOUT_MS = 5000

/** What the server reads. */
export interface SyncSource {
  records: LandRecords
  mempool: Mempool
  finalHeight: () => number
  lastFinal: () => { block?: Block, cert?: Certificate }
  /** a pending block by CID at the current height: its block and bodies */
  pending: (height: number, block: string) => { block: Block, txs: Uint8Array[] } | undefined
  /** a block of this node's own store (never fetched from the network), for `state` requests */
  localBlock?: (cid: CID) => Promise<Uint8Array | undefined>
  /** admits one handed-over tx as if gossiped; true if it was new */
  admit: (bytes: Uint8Array) => Promise<boolean>
  /** counts view changes of `height` handed over (throws if one does not verify); answers this node's height and view changes of it */
  viewChanges: (height: number, vcs: unknown[]) => Promise<{ height: number, vcs: unknown[] }>
}

async function txBody (src: SyncSource, cid: string): Promise<Uint8Array | undefined> {
  return src.mempool.get(cid)?.bytes ?? (await readTx(src.records, cid))?.bytes
}

/** Answers one request from the land's log and mempool. */
export async function serveRequest (src: SyncSource, req: SyncRequest): Promise<Record<string, unknown>> {
  if ('latest' in req) {
    const { block, cert } = src.lastFinal()
    return { latest: { height: src.finalHeight(), ...(block !== undefined ? { block } : {}), ...(cert !== undefined ? { cert } : {}) } }
  }
  if ('blocks' in req) {
    const { from, limit } = req.blocks
    const out: Array<{ block: Block, cert: Certificate, txs: Uint8Array[] }> = []
    let bytes = 0
    const last = Math.min(src.finalHeight(), from + Math.min(limit, MAX_SYNC_BLOCKS) - 1)
    for (let h = from; h <= last && (out.length === 0 || bytes < RESPONSE_BUDGET); h++) {
      const e = await readEntry(src.records, h)
      if (e === undefined) break
      const txs: Uint8Array[] = []
      for (const c of e.block.txs) {
        const body = await txBody(src, c.toString())
        if (body === undefined) return { blocks: out }
        txs.push(body)
        bytes += body.length
      }
      out.push({ block: e.block, cert: e.cert, txs })
    }
    return { blocks: out }
  }
  if ('txs' in req) {
    const out: Uint8Array[] = []
    for (const c of req.txs.cids.slice(0, MAX_SYNC_TXS)) {
      const body = await txBody(src, c.toString())
      if (body !== undefined) out.push(body)
    }
    return { txs: out }
  }
  if ('state' in req) {
    const out: Uint8Array[] = []
    let bytes = 0
    for (const c of req.state.cids.slice(0, MAX_SYNC_STATE)) {
      const cid = CID.asCID(c)
      const body = cid === null ? undefined : await src.localBlock?.(cid)
      if (body === undefined) continue
      if (out.length > 0 && bytes + body.length > RESPONSE_BUDGET) break
      out.push(body)
      bytes += body.length
    }
    return { state: out }
  }
  if ('proposal' in req) {
    const p = src.pending(req.proposal.height, req.proposal.block.toString())
    if (p === undefined) throw new LandError('ERR_LAND_WRONG_HEIGHT', 'no such pending block')
    return { proposal: p }
  }
  if ('push' in req) {
    const txs = req.push.txs
    if (!Array.isArray(txs) || txs.length > MAX_SYNC_TXS || !txs.every(t => t instanceof Uint8Array)) throw new LandError('ERR_LAND_MALFORMED', `a push carries at most ${MAX_SYNC_TXS} tx bodies`)
    let accepted = 0
    for (const bytes of txs) if (await src.admit(bytes).catch(() => false)) accepted++
    return { push: { accepted } }
  }
  if ('viewChanges' in req) {
    const { height, vcs } = req.viewChanges
    if (!Number.isSafeInteger(height) || !Array.isArray(vcs)) throw new LandError('ERR_LAND_MALFORMED', 'a viewChanges request has a height and a list of view changes')
    return { viewChanges: await src.viewChanges(height, vcs) }
  }
  throw new LandError('ERR_LAND_MALFORMED', 'unknown sync request')
}

/** What catch-up drives. */
export interface SyncTarget {
  libp2p: Libp2p<any>
  genesisCid: CID
  set: ValidatorSet
  log: Logger
  stateSyncGap: number
  signal: AbortSignal
  /** the next height */
  nextHeight: () => number
  /** peers to ask, best first */
  peers: () => PeerId[]
  /** replays one certified block (throws if it does not follow or verify) */
  applyCertified: (block: Block, cert: Certificate, bodies: Uint8Array[]) => Promise<void>
  /** adopts a certified state */
  adopt: (block: Block, cert: Certificate) => Promise<void>
}

/** Checks a certificate and its block against the genesis validators alone. */
export async function verifyCertified (block: Block, cert: Certificate, t: Pick<SyncTarget, 'genesisCid' | 'set'>): Promise<CID> {
  if (!cert.msg.genesis.equals(t.genesisCid) || !block.genesis.equals(t.genesisCid)) throw new LandError('ERR_LAND_WRONG_LAND', 'the certificate is for another land')
  const cid = await blockCid(block)
  if (!cert.msg.block.equals(cid) || cert.msg.height !== block.height) throw new LandError('ERR_LAND_BAD_CERTIFICATE', `the certificate of height ${cert.msg.height} is not for this block`)
  await t.set.verifyQC(cert)
  return cid
}

/** One catch-up pass; true when some peer answered. */
export async function catchUp (t: SyncTarget): Promise<boolean> {
  for (const peer of t.peers()) {
    if (t.signal.aborted) return false
    try {
      const signal = AbortSignal.any([t.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)])
      const answer = await syncRequest(t.libp2p, peer, { latest: { genesis: t.genesisCid } }, signal)
      const latest = answer.latest as { height: number, block?: unknown, cert?: unknown }
      const ours = t.nextHeight() - 1
      if (typeof latest?.height !== 'number' || latest.height <= ours) return true
      const gap = latest.height - ours
      if ((ours === 0 || gap > t.stateSyncGap) && latest.block !== undefined && latest.cert !== undefined) {
        await t.adopt(parseBlock(latest.block), parseQC(latest.cert, parseAttestMsg))
        return true
      }
      while (t.nextHeight() <= latest.height && !t.signal.aborted) {
        const from = t.nextHeight()
        const res = await syncRequest(t.libp2p, peer, { blocks: { genesis: t.genesisCid, from, limit: 32 } }, AbortSignal.any([t.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]))
        const items = (res.blocks ?? []) as Array<{ block: unknown, cert: unknown, txs: Uint8Array[] }>
        if (items.length === 0) {
          // the peer no longer holds these blocks: take its certified state instead
          if (latest.block !== undefined && latest.cert !== undefined) await t.adopt(parseBlock(latest.block), parseQC(latest.cert, parseAttestMsg))
          break
        }
        for (const it of items) {
          if (t.nextHeight() !== (it.block as Block)?.height) continue
          await t.applyCertified(parseBlock(it.block), parseQC(it.cert, parseAttestMsg), it.txs)
        }
      }
      return true
    } catch (e) {
      t.log('catch-up from %p failed - %e', peer, e)
    }
  }
  return false
}

/**
 * State sync's lazy reads (protocols/sync.md, "State blocks"): one block by CID from the land's
 * peers over the sync protocol, validators first (they hold every state block they executed), a
 * few peers at most. Undefined when none of them has it (the caller falls back to bitswap); the
 * bytes are the caller's to verify against the CID.
 */
export async function fetchStateBlock (libp2p: Libp2p<any>, genesis: CID, peers: PeerId[], cid: CID, signal: AbortSignal): Promise<Uint8Array | undefined> {
  for (const peer of peers.slice(0, STATE_PEERS)) {
    if (signal.aborted) return undefined
    try {
      const res = await syncRequest(libp2p, peer, { state: { genesis, cids: [cid] } }, AbortSignal.any([signal, AbortSignal.timeout(STATE_REQUEST_TIMEOUT_MS)]))
      const got = (res.state as unknown[] | undefined)?.[0]
      if (got instanceof Uint8Array) return got
    } catch {}
  }
  return undefined
}

const STATE_PEERS = 3
const STATE_REQUEST_TIMEOUT_MS = 2000
