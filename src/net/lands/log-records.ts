/**
 * The consensus log a land keeps in its records under `log/` (protocols/sync.md, "Log records"),
 * written by executor.commit in the same batch as the block's state.
 */
import * as dagCbor from '@ipld/dag-cbor'
import type { CID } from 'multiformats/cid'
import {
  parseBlock, parseQC, parseAttestMsg, parsePrepareMsg, parseSigned, parseProposalMsg, withoutUndefined,
  type Block, type Certificate, type LandReceipt, type PrepareQC, type ProposalMsg, type Signed
} from '../../store/lands/index.ts'
import type { LandBlockSummary, LandRecords } from './types.ts'

export const FINAL_KEY = 'log/final'
/** the lock of a validator's last attestation: a restarted validator keeps its word */
export const LOCK_KEY = 'log/lock'

/** written at a validator's first start: a later start is a restart, even before any block is final */
export const STARTED_KEY = 'log/started'

export function heightKey (height: number): string {
  return `log/h/${String(height).padStart(12, '0')}`
}

export function txKey (cid: string): string {
  return `log/tx/${cid}`
}

export interface LogEntry {
  block: Block
  proposal?: Signed<ProposalMsg>
  cert: Certificate
  receipts?: LandReceipt[]
}

export interface TxEntry { height: number, index: number, bytes: Uint8Array }

/** The records that make height `block.height` final (its txs' bodies when known). */
export function logRecords (entry: LogEntry, blockCid: CID, txBodies: Uint8Array[] = []): Array<{ key: string, value: Uint8Array }> {
  const h = entry.block.height
  const out: Array<{ key: string, value: Uint8Array }> = [
    { key: FINAL_KEY, value: dagCbor.encode({ height: h, block: blockCid }) },
    { key: heightKey(h), value: dagCbor.encode(withoutUndefined(entry)) }
  ]
  txBodies.forEach((bytes, index) => { out.push({ key: txKey(entry.block.txs[index].toString()), value: dagCbor.encode({ height: h, index, bytes }) }) })
  return out
}

export async function readFinal (records: LandRecords): Promise<{ height: number, block: CID } | undefined> {
  const v = await records.get(FINAL_KEY)
  return v === undefined ? undefined : dagCbor.decode(v)
}

export async function readEntry (records: LandRecords, height: number): Promise<LogEntry | undefined> {
  const v = await records.get(heightKey(height))
  if (v === undefined) return undefined
  const e = dagCbor.decode<Record<string, unknown>>(v)
  return {
    block: parseBlock(e.block),
    ...(e.proposal !== undefined ? { proposal: parseSigned(e.proposal, parseProposalMsg) } : {}),
    cert: parseQC(e.cert, parseAttestMsg),
    ...(e.receipts !== undefined ? { receipts: e.receipts as LandReceipt[] } : {})
  }
}

export async function readTx (records: LandRecords, cid: string): Promise<TxEntry | undefined> {
  const v = await records.get(txKey(cid))
  return v === undefined ? undefined : dagCbor.decode(v)
}

export interface LockRecord { height: number, view: number, lock: PrepareQC }

export function lockRecord (r: LockRecord): { key: string, value: Uint8Array } {
  return { key: LOCK_KEY, value: dagCbor.encode(r) }
}

export async function readLock (records: LandRecords): Promise<LockRecord | undefined> {
  const v = await records.get(LOCK_KEY)
  if (v === undefined) return undefined
  const r = dagCbor.decode<{ height: number, view: number, lock: unknown }>(v)
  return { height: r.height, view: r.view, lock: parseQC(r.lock, parsePrepareMsg) }
}

/** Whether this land ran on this node before; marks it as having run. */
export async function markStarted (records: LandRecords): Promise<boolean> {
  if (await records.get(STARTED_KEY) !== undefined) return true
  await records.batch([{ key: STARTED_KEY, value: dagCbor.encode(true) }])
  return false
}

/** A log entry as `Land.blocks` shows it. */
export function summarize (e: LogEntry, validators: string[]): LandBlockSummary {
  return {
    height: e.block.height,
    cid: e.cert.msg.block.toString(),
    view: e.cert.msg.view,
    timeMs: e.block.timeMs,
    txs: e.block.txs.map(c => c.toString()),
    stateRoot: e.cert.msg.stateRoot.toString(),
    receiptsRoot: e.cert.msg.receiptsRoot.toString(),
    attestations: e.cert.sigs.map(s => validators[s.by])
  }
}
