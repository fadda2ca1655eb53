/**
 * Consensus messages of a land (protocols/blocks.md, finality.md, gossip.md): blocks, signed
 * proposals, prepares, attestations and view changes, quorum certificates, equivocation proofs, and
 * the two gossip payloads (the proposal envelope and the vote message). Decoders check size first,
 * then strict canonical dag-cbor, then the exact shape; signatures are checked by validators.ts.
 */
import * as dagCbor from '@ipld/dag-cbor'
import type { CID } from 'multiformats/cid'
import { LandError } from './errors.ts'
import { MESSAGE_CODES, cborCid, decodeStrict, expectBytes, expectInt, expectLink, expectList, expectMap } from './cbor.ts'
import { MAX_TX_BYTES } from './txs.ts'

export const BLOCK_FORMAT = 'amigo/block/1'
export const PROPOSAL_FORMAT = 'amigo/proposal/1'
export const PREPARE_FORMAT = 'amigo/prepare/1'
export const ATTEST_FORMAT = 'amigo/attest/1'
export const VIEW_CHANGE_FORMAT = 'amigo/view-change/1'
export const EQUIVOCATION_FORMAT = 'amigo/equivocation/1'
/** A vote message on the vote topic. */
export const MAX_VOTE_BYTES = 64 * 1024
/** What a proposal envelope may carry besides its tx bodies (block, certificate, justification). */
export const ENVELOPE_OVERHEAD = 256 * 1024
const MAX_SIGS = 100

const M = 'ERR_LAND_MALFORMED'

export interface Block { format: typeof BLOCK_FORMAT, genesis: CID, height: number, prev: CID, timeMs: number, txs: CID[], prevStateRoot: CID }
export interface ProposalMsg { format: typeof PROPOSAL_FORMAT, genesis: CID, height: number, view: number, block: CID }
export interface PrepareMsg { format: typeof PREPARE_FORMAT, genesis: CID, height: number, view: number, block: CID }
export interface AttestMsg { format: typeof ATTEST_FORMAT, genesis: CID, height: number, view: number, block: CID, stateRoot: CID, receiptsRoot: CID }
export interface ViewChangeMsg { format: typeof VIEW_CHANGE_FORMAT, genesis: CID, height: number, view: number, finalHeight: number, lock?: PrepareQC }
export type LandMsg = ProposalMsg | PrepareMsg | AttestMsg | ViewChangeMsg

/** A message with its signer's validator index and Ed25519 signature of SigningBytes(msg). */
export interface Signed<T extends LandMsg> { msg: T, by: number, sig: Uint8Array }
export interface VoteSig { by: number, sig: Uint8Array }
/** q signatures of one message: a prepare QC (a lock) or, over an attestation, a finality certificate. */
export interface QC<T extends PrepareMsg | AttestMsg> { msg: T, sigs: VoteSig[] }
export type PrepareQC = QC<PrepareMsg>
export type Certificate = QC<AttestMsg>
export interface EquivocationProof { format: typeof EQUIVOCATION_FORMAT, a: Signed<ProposalMsg>, b: Signed<ProposalMsg> }

export interface ProposalEnvelope {
  proposal: Signed<ProposalMsg>
  block: Block
  txs: Uint8Array[]
  prevCert?: Certificate
  justification?: Array<Signed<ViewChangeMsg>>
}

export type VoteMessage =
  | { prepare: Signed<PrepareMsg> }
  | { attest: Signed<AttestMsg> }
  | { viewChange: Signed<ViewChangeMsg> }
  | { equivocation: EquivocationProof }

/** The CID of a block: it names the block in votes, certificates and the next block's `prev`. */
export async function blockCid (block: Block): Promise<CID> {
  return cborCid(dagCbor.encode(block))
}

const HEAD = ['format', 'genesis', 'height', 'view']

export function parseBlock (v: unknown, maxTxs = 100_000): Block {
  const b = expectMap(v, ['format', 'genesis', 'height', 'prev', 'timeMs', 'txs', 'prevStateRoot'], [], 'a block', M)
  if (b.format !== BLOCK_FORMAT) throw new LandError(M, `a block's format must be ${BLOCK_FORMAT}`)
  return {
    format: BLOCK_FORMAT,
    genesis: expectLink(b.genesis, 'block.genesis', M),
    height: expectInt(b.height, 'block.height', M, 1),
    prev: expectLink(b.prev, 'block.prev', M),
    timeMs: expectInt(b.timeMs, 'block.timeMs', M),
    txs: expectList(b.txs, 'block.txs', M, maxTxs).map((c, i) => expectLink(c, `block.txs[${i}]`, M)),
    prevStateRoot: expectLink(b.prevStateRoot, 'block.prevStateRoot', M)
  }
}

function parseHead<F extends string> (v: unknown, format: F, extra: string[], optional: string[], what: string): Record<string, unknown> & { format: F, genesis: CID, height: number, view: number } {
  const m = expectMap(v, [...HEAD, ...extra], optional, what, M)
  if (m.format !== format) throw new LandError(M, `${what} must have format ${format}`)
  return { ...m, format, genesis: expectLink(m.genesis, `${what}.genesis`, M), height: expectInt(m.height, `${what}.height`, M, 1), view: expectInt(m.view, `${what}.view`, M) }
}

export function parseProposalMsg (v: unknown): ProposalMsg {
  const m = parseHead(v, PROPOSAL_FORMAT, ['block'], [], 'a proposal')
  return { format: m.format, genesis: m.genesis, height: m.height, view: m.view, block: expectLink(m.block, 'proposal.block', M) }
}

export function parsePrepareMsg (v: unknown): PrepareMsg {
  const m = parseHead(v, PREPARE_FORMAT, ['block'], [], 'a prepare')
  return { format: m.format, genesis: m.genesis, height: m.height, view: m.view, block: expectLink(m.block, 'prepare.block', M) }
}

export function parseAttestMsg (v: unknown): AttestMsg {
  const m = parseHead(v, ATTEST_FORMAT, ['block', 'stateRoot', 'receiptsRoot'], [], 'an attestation')
  return {
    format: m.format,
    genesis: m.genesis,
    height: m.height,
    view: m.view,
    block: expectLink(m.block, 'attest.block', M),
    stateRoot: expectLink(m.stateRoot, 'attest.stateRoot', M),
    receiptsRoot: expectLink(m.receiptsRoot, 'attest.receiptsRoot', M)
  }
}

export function parseViewChangeMsg (v: unknown): ViewChangeMsg {
  const m = parseHead(v, VIEW_CHANGE_FORMAT, ['finalHeight'], ['lock'], 'a view change')
  const vc: ViewChangeMsg = { format: m.format, genesis: m.genesis, height: m.height, view: m.view, finalHeight: expectInt(m.finalHeight, 'viewChange.finalHeight', M) }
  if (m.lock !== undefined) vc.lock = parseQC(m.lock, parsePrepareMsg)
  return vc
}

export function parseSigned<T extends LandMsg> (v: unknown, parse: (v: unknown) => T): Signed<T> {
  const s = expectMap(v, ['msg', 'by', 'sig'], [], 'a signed message', M)
  return { msg: parse(s.msg), by: expectInt(s.by, 'by', M, 0, MAX_SIGS - 1), sig: expectBytes(s.sig, 'sig', M, 64) }
}

export function parseQC<T extends PrepareMsg | AttestMsg> (v: unknown, parse: (v: unknown) => T): QC<T> {
  const q = expectMap(v, ['msg', 'sigs'], [], 'a certificate', M)
  const sigs = expectList(q.sigs, 'sigs', M, MAX_SIGS).map((s, i) => {
    const e = expectMap(s, ['by', 'sig'], [], `sigs[${i}]`, M)
    return { by: expectInt(e.by, `sigs[${i}].by`, M, 0, MAX_SIGS - 1), sig: expectBytes(e.sig, `sigs[${i}].sig`, M, 64) }
  })
  return { msg: parse(q.msg), sigs }
}

export function parseEquivocation (v: unknown): EquivocationProof {
  const e = expectMap(v, ['format', 'a', 'b'], [], 'an equivocation proof', M)
  if (e.format !== EQUIVOCATION_FORMAT) throw new LandError(M, `an equivocation proof must have format ${EQUIVOCATION_FORMAT}`)
  return { format: EQUIVOCATION_FORMAT, a: parseSigned(e.a, parseProposalMsg), b: parseSigned(e.b, parseProposalMsg) }
}

/** A proposal envelope from gossip bytes (at most maxBlockBytes + ENVELOPE_OVERHEAD). */
export function decodeProposalEnvelope (bytes: Uint8Array, maxBlockBytes: number, maxBlockTxs = 100_000): ProposalEnvelope {
  const v = decodeStrict(bytes, maxBlockBytes + ENVELOPE_OVERHEAD, 'a proposal envelope', MESSAGE_CODES)
  const e = expectMap(v, ['proposal', 'block', 'txs'], ['prevCert', 'justification'], 'a proposal envelope', M)
  const env: ProposalEnvelope = {
    proposal: parseSigned(e.proposal, parseProposalMsg),
    block: parseBlock(e.block, maxBlockTxs),
    txs: expectList(e.txs, 'txs', M, maxBlockTxs).map((t, i) => expectBytes(t, `txs[${i}]`, M))
  }
  if (env.txs.some(t => t.length > MAX_TX_BYTES)) throw new LandError('ERR_LAND_TOO_LARGE', `a tx body has more than ${MAX_TX_BYTES} bytes`)
  if (e.prevCert !== undefined) env.prevCert = parseQC(e.prevCert, parseAttestMsg)
  if (e.justification !== undefined) env.justification = expectList(e.justification, 'justification', M, MAX_SIGS).map(j => parseSigned(j, parseViewChangeMsg))
  return env
}

export function encodeProposalEnvelope (env: ProposalEnvelope): Uint8Array {
  return dagCbor.encode(withoutUndefined(env))
}

const VOTE_KINDS = ['prepare', 'attest', 'viewChange', 'equivocation'] as const

/** A vote message from gossip bytes (at most MAX_VOTE_BYTES). */
export function decodeVoteMessage (bytes: Uint8Array): VoteMessage {
  const v = decodeStrict(bytes, MAX_VOTE_BYTES, 'a vote message', MESSAGE_CODES)
  const m = expectMap(v, [], [...VOTE_KINDS], 'a vote message', M)
  const keys = Object.keys(m)
  if (keys.length !== 1) throw new LandError(M, `a vote message has exactly one of ${VOTE_KINDS.join(', ')}`)
  if ('prepare' in m) return { prepare: parseSigned(m.prepare, parsePrepareMsg) }
  if ('attest' in m) return { attest: parseSigned(m.attest, parseAttestMsg) }
  if ('viewChange' in m) return { viewChange: parseSigned(m.viewChange, parseViewChangeMsg) }
  return { equivocation: parseEquivocation(m.equivocation) }
}

export function encodeVoteMessage (m: VoteMessage): Uint8Array {
  const bytes = dagCbor.encode(withoutUndefined(m))
  if (bytes.length > MAX_VOTE_BYTES) throw new LandError('ERR_LAND_TOO_LARGE', `a vote message has ${bytes.length} bytes, more than ${MAX_VOTE_BYTES}`)
  return bytes
}

/** dag-cbor has no `undefined`: optional fields are left out. */
export function withoutUndefined<T> (v: T): T {
  if (Array.isArray(v)) return v.map(withoutUndefined) as T
  if (v === null || typeof v !== 'object' || v instanceof Uint8Array || (v as any).asCID === v) return v
  const out: Record<string, unknown> = {}
  for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = withoutUndefined(x)
  return out as T
}
