/**
 * What a committed call of local.land cost and said (gas, events), by the CID of its signed call
 * block: the history of a service names each call by that CID, and the explorer's history page
 * shows its gas and events from here. Kept at `/amigo/receipt/<land>/<call CID>` → JSON.
 */
import type { Datastore } from 'interface-datastore'
import type { Receipt, VMEvent } from '../vm/types.ts'
import { levelDbOf } from './vm-storage.ts'
import type { RawRecordOp } from './vm-storage.ts'

export const RECEIPT_PREFIX = '/amigo/receipt/'

/** The part of a receipt the log keeps. */
export interface ReceiptSummary {
  gasUsed: number
  events: VMEvent[]
  results: string[]
}

function receiptKey (land: string, callCid: string): string {
  return `${RECEIPT_PREFIX}${land}/${callCid}`
}

/** The record of one call's receipt (written with the node's other writes of that call). */
export function receiptRecord (land: string, callCid: string, receipt: Receipt): RawRecordOp {
  const summary: ReceiptSummary = { gasUsed: receipt.gasUsed, events: receipt.events, results: receipt.results }
  return { key: receiptKey(land, callCid), value: new TextEncoder().encode(JSON.stringify(summary)) }
}

/** Reads the receipts of a land's calls (undefined: not a call this node ran, or from before the log). */
export function receiptReader (datastore: Datastore, land: string): (callCid: string) => Promise<ReceiptSummary | undefined> {
  const db = levelDbOf(datastore)
  return async callCid => {
    const bytes = await db.get(receiptKey(land, callCid))
    return bytes === undefined ? undefined : JSON.parse(new TextDecoder().decode(bytes)) as ReceiptSummary
  }
}
