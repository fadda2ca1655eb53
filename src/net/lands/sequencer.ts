/**
 * Proposals (protocols/blocks.md): the sequencer's block from the mempool, and a replica's checks
 * of a proposal envelope, in the spec's order. What depends on the land's moving state (height,
 * view, equivocation) is decided by land.ts; these functions check one envelope against a tip.
 */
import * as dagCbor from '@ipld/dag-cbor'
import { sha256 } from 'multiformats/hashes/sha2'
import { CID } from 'multiformats/cid'
import {
  BLOCK_FORMAT, LandError, blockCid, sameBytes, decodeLandTx, type Block, type Certificate, type LandParams, type LandTx,
  type ProposalEnvelope, type ValidatorSet
} from '../../store/lands/index.ts'
import type { Mempool } from './mempool.ts'
import { verifyNewView } from './view-change.ts'

/** The last final block, which the next one must follow. */
export interface Tip {
  /** the next height */
  height: number
  prev: CID
  prevTimeMs: number
  prevStateRoot: CID
  /** the certificate of height - 1 (undefined at height 1) */
  cert?: Certificate
}

export interface Checked {
  cid: CID
  txs: LandTx[]
  /** the view this proposal's height started in (its prevCert's view) */
  baseView: number
}

export interface CheckContext {
  genesisCid: CID
  land: string
  params: LandParams
  set: ValidatorSet
  mempool: Mempool
  now: number
}

/** A new block for `tip` with the mempool's next txs (undefined when there is nothing to propose). */
export function buildBlock (tip: Tip, mempool: Mempool, params: LandParams, genesisCid: CID, now: number): { block: Block, bodies: Uint8Array[] } | undefined {
  const picked = mempool.select(params.maxBlockTxs, params.maxBlockBytes)
  if (picked.length === 0) return undefined
  return {
    block: {
      format: BLOCK_FORMAT,
      genesis: genesisCid,
      height: tip.height,
      prev: tip.prev,
      timeMs: Math.max(now, tip.prevTimeMs + 1),
      txs: picked.map(p => p.tx.cid),
      prevStateRoot: tip.prevStateRoot
    },
    bodies: picked.map(p => p.bytes)
  }
}

/** Steps 2–4: land, block CID, sequencer, signature. Returns the block CID. */
export async function checkSigned (env: ProposalEnvelope, ctx: CheckContext): Promise<CID> {
  const p = env.proposal
  if (!p.msg.genesis.equals(ctx.genesisCid) || !env.block.genesis.equals(ctx.genesisCid)) throw new LandError('ERR_LAND_WRONG_LAND', 'the proposal is for another land')
  const cid = await blockCid(env.block)
  if (p.msg.height !== env.block.height) throw new LandError('ERR_LAND_WRONG_HEIGHT', `the proposal is for height ${p.msg.height}, its block for ${env.block.height}`)
  if (!p.msg.block.equals(cid)) throw new LandError('ERR_LAND_BAD_BLOCK', 'the proposal does not sign the block it carries')
  if (p.by !== ctx.set.sequencer(p.msg.view)) throw new LandError('ERR_LAND_NOT_SEQUENCER', `validator ${p.by} is not the sequencer of view ${p.msg.view}`)
  await ctx.set.verifySigned(p)
  return cid
}

/** Decodes a block's tx bodies, reusing the mempool's decoded copies; each must hash to its CID. */
export async function blockTxs (block: Block, bodies: Uint8Array[], ctx: Pick<CheckContext, 'land' | 'params' | 'mempool'>): Promise<LandTx[]> {
  if (block.txs.length > ctx.params.maxBlockTxs) throw new LandError('ERR_LAND_BAD_BLOCK', `the block has ${block.txs.length} txs, more than ${ctx.params.maxBlockTxs}`)
  if (bodies.length !== block.txs.length) throw new LandError('ERR_LAND_BAD_BLOCK', 'the block carries another number of tx bodies than it lists')
  const bytes = bodies.reduce((n, b) => n + b.length, 0)
  if (bytes > ctx.params.maxBlockBytes) throw new LandError('ERR_LAND_BAD_BLOCK', `the block's txs have ${bytes} bytes, more than ${ctx.params.maxBlockBytes}`)
  const seen = new Set<string>()
  return Promise.all(block.txs.map(async (cid, i) => {
    const key = cid.toString()
    if (seen.has(key)) throw new LandError('ERR_LAND_BAD_BLOCK', `tx ${key} is twice in the block`)
    seen.add(key)
    const pending = ctx.mempool.get(key)
    if (pending !== undefined) return pending.tx
    const actual = CID.createV1(dagCbor.code, await sha256.digest(bodies[i]))
    if (!actual.equals(cid)) throw new LandError('ERR_LAND_BAD_BLOCK', `tx body ${i} does not hash to ${key}`)
    try {
      return (await decodeLandTx(bodies[i], { land: ctx.land })).tx
    } catch (e) {
      throw new LandError('ERR_LAND_BAD_BLOCK', `tx ${key}: ${(e as { code?: string }).code ?? ''} ${(e as Error).message}`, { cause: e })
    }
  }))
}

/**
 * Steps 6–9 for a proposal of the tip's height: prevCert, prev and prevStateRoot, view (base view or a
 * valid new-view proof whose highest lock is this block), time, txs.
 */
export async function checkBody (env: ProposalEnvelope, cid: CID, tip: Tip, ctx: CheckContext): Promise<Checked> {
  const { block } = env
  const view = env.proposal.msg.view
  let baseView = 0
  if (block.height > 1) {
    const c = env.prevCert
    if (c === undefined || c.msg.height !== block.height - 1 || !c.msg.block.equals(block.prev) || !c.msg.genesis.equals(ctx.genesisCid)) {
      throw new LandError('ERR_LAND_BAD_CERTIFICATE', `the proposal lacks the certificate of height ${block.height - 1} for its prev`)
    }
    if (!sameCert(tip.cert, c)) await ctx.set.verifyQC(c)
    baseView = c.msg.view
  }
  if (!block.prev.equals(tip.prev) || !block.prevStateRoot.equals(tip.prevStateRoot)) {
    throw new LandError('ERR_LAND_WRONG_PREV', `the block's prev ${block.prev.toString()} / prevStateRoot is not the last final block ${tip.prev.toString()} of height ${tip.height - 1}`)
  }
  let reproposal = false
  if (view < baseView) throw new LandError('ERR_LAND_WRONG_VIEW', `view ${view} is below the view ${baseView} height ${block.height} started in`)
  if (view > baseView) {
    if (env.justification === undefined) throw new LandError('ERR_LAND_WRONG_VIEW', `a proposal in view ${view} above the base view ${baseView} needs a new-view proof`)
    const lock = await verifyNewView(env.justification, block.height, view, ctx.genesisCid, ctx.set)
    if (lock !== undefined) {
      if (!lock.msg.block.equals(cid)) throw new LandError('ERR_LAND_WRONG_VIEW', `the new view must re-propose the locked block ${lock.msg.block.toString()}`)
      reproposal = true
    }
  }
  const skew = ctx.params.maxClockSkewMs
  if (block.timeMs <= tip.prevTimeMs) throw new LandError('ERR_LAND_BAD_TIME', `block time ${block.timeMs} is not after the previous block's ${tip.prevTimeMs}`)
  if (block.timeMs > ctx.now + skew || (!reproposal && block.timeMs < ctx.now - skew)) {
    throw new LandError('ERR_LAND_BAD_TIME', `block time ${block.timeMs} is more than ${skew} ms from this node's clock ${ctx.now}`)
  }
  return { cid, txs: await blockTxs(block, env.txs, ctx), baseView }
}

/** The certificate this node verified already (same message, same signatures): no need to check it again. */
function sameCert (known: Certificate | undefined, c: Certificate): boolean {
  if (known === undefined || known.msg.view !== c.msg.view || !known.msg.block.equals(c.msg.block) || known.sigs.length !== c.sigs.length) return false
  if (!known.msg.stateRoot.equals(c.msg.stateRoot) || !known.msg.receiptsRoot.equals(c.msg.receiptsRoot)) return false
  return known.sigs.every((s, i) => s.by === c.sigs[i].by && sameBytes(s.sig, c.sigs[i].sig))
}
