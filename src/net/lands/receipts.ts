/**
 * Receipts of final txs and the callers waiting for them: recent ones in memory (bounded), older
 * ones from the log (`log/tx/…` and the block's entry), waiters settled when a block is final or
 * a tx is dropped.
 */
import { readEntry, readTx } from './log-records.ts'
import type { FinalReceipt, LandRecords } from './types.ts'

interface Waiter { resolve: (r: FinalReceipt) => void, reject: (e: Error) => void }

export class FinalReceipts {
  private readonly waiters = new Map<string, Set<Waiter>>()
  private readonly recent = new Map<string, FinalReceipt>()

  constructor (private readonly records: LandRecords, private readonly max = 20_000) {}

  /** final recently (a duplicate submission of it is not news) */
  isRecent (cid: string): boolean { return this.recent.has(cid) }

  /** the receipt if the tx is final (in memory or in the log) */
  async get (cid: string): Promise<FinalReceipt | undefined> {
    const known = this.recent.get(cid)
    if (known !== undefined) return known
    const t = await readTx(this.records, cid)
    if (t === undefined) return undefined
    const e = await readEntry(this.records, t.height)
    const r = e?.receipts?.[t.index]
    if (e === undefined || r === undefined) return undefined
    return { ...r, height: t.height, block: e.cert.msg.block.toString(), stateRoot: e.cert.msg.stateRoot.toString() }
  }

  /** resolves when `final` is called for the tx (or rejects on drop, stop or abort) */
  async wait (cid: string, signal?: AbortSignal): Promise<FinalReceipt> {
    return new Promise<FinalReceipt>((resolve, reject) => {
      const set = this.waiters.get(cid) ?? new Set<Waiter>()
      const onAbort = (): void => { set.delete(w); reject(signal?.reason ?? new Error('aborted')) }
      const w: Waiter = {
        resolve: r => { signal?.removeEventListener('abort', onAbort); resolve(r) },
        reject: e => { signal?.removeEventListener('abort', onAbort); reject(e) }
      }
      set.add(w)
      this.waiters.set(cid, set)
      signal?.addEventListener('abort', onAbort, { once: true })
    })
  }

  final (cid: string, receipt: FinalReceipt): void {
    this.recent.set(cid, receipt)
    while (this.recent.size > this.max) this.recent.delete(this.recent.keys().next().value!)
    this.settle(cid, w => { w.resolve(receipt) })
  }

  drop (cid: string, err: Error): void {
    this.settle(cid, w => { w.reject(err) })
  }

  rejectAll (err: Error): void {
    for (const cid of [...this.waiters.keys()]) this.drop(cid, err)
  }

  private settle (cid: string, f: (w: Waiter) => void): void {
    const set = this.waiters.get(cid)
    if (set === undefined) return
    this.waiters.delete(cid)
    for (const w of set) f(w)
  }
}
