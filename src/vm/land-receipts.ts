/**
 * Receipts of a land's transactions: what LocalVM returns, reduced to the fields every replica
 * agrees on (LandReceipt: no height, no per-service state root), their list's CID (the block's
 * receipts root), and their index by transaction CID.
 */
import * as dagCbor from '@ipld/dag-cbor'
import type { CID } from 'multiformats/cid'
import { encodeBlock } from '../store/hamt/index.ts'
import type { LandReceipt } from '../store/lands/types.ts'
import type { Receipt, VMErrorInfo } from './types.ts'

/** record key of a committed transaction's receipt */
export const RECEIPT_PREFIX = 'rcpt/'

export function landReceipt (tx: CID, r: Pick<Receipt, 'ok' | 'results' | 'error' | 'events' | 'gasUsed' | 'heads'> & { cid?: string }): LandReceipt {
  // built field by field: dag-cbor has no `undefined`, and a receipt must encode the same everywhere
  const out: LandReceipt = {
    tx: tx.toString(),
    ok: r.ok,
    results: [...r.results],
    events: r.events.map(e => ({ service: e.service, name: e.name, kv: [...e.kv] })),
    gasUsed: r.gasUsed,
    heads: { ...r.heads }
  }
  if (r.error !== undefined) out.error = errorOf(r.error)
  if (r.cid !== undefined) out.cid = r.cid
  return out
}

export function failedReceipt (tx: CID, error: VMErrorInfo, gasUsed = 0): LandReceipt {
  return landReceipt(tx, { ok: false, results: [], error, events: [], gasUsed, heads: {} })
}

function errorOf (e: VMErrorInfo): NonNullable<LandReceipt['error']> {
  return { code: e.code, message: e.message, ...(e.pos !== undefined ? { pos: e.pos } : {}) }
}

/** the receipts root: the dag-cbor block of the list (written, so peers can fetch it by CID) */
export async function receiptsBlock (receipts: LandReceipt[]): Promise<{ cid: CID, bytes: Uint8Array }> {
  return await encodeBlock(receipts)
}

export function encodeStoredReceipt (r: LandReceipt, height: number): Uint8Array {
  return dagCbor.encode({ ...r, height })
}

export function decodeStoredReceipt (bytes: Uint8Array): LandReceipt & { height: number } {
  return dagCbor.decode(bytes)
}
