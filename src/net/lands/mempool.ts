/**
 * The pending txs of a land (protocols/lands.md, "Mempool"): bounded by count and bytes, first
 * come first kept (a full pool refuses newcomers with ERR_BUSY rather than evicting), one pending
 * tx per sender and nonce, txs dropped when their nonce is used or after a time to live.
 */
import { LandError, txSender, type LandTx } from '../../store/lands/index.ts'

export interface PendingTx {
  cid: string
  tx: LandTx
  bytes: Uint8Array
  address: string
  nonce: number
  addedMs: number
}

export const MEMPOOL_DEFAULTS = { maxTxs: 20_000, maxBytes: 64 * 1024 * 1024, ttlMs: 120_000 }

export class Mempool {
  /** in admission order (Map keeps insertion order) */
  private readonly txs = new Map<string, PendingTx>()
  private readonly byNonce = new Map<string, string>()
  bytes = 0

  constructor (private readonly opts: typeof MEMPOOL_DEFAULTS, private readonly now: () => number) {}

  get size (): number { return this.txs.size }
  has (cid: string): boolean { return this.txs.has(cid) }
  get (cid: string): PendingTx | undefined { return this.txs.get(cid) }

  /** Adds an admitted tx; ERR_BUSY when full, ERR_LAND_NONCE when its sender has a pending tx with this nonce. */
  add (tx: LandTx, bytes: Uint8Array): PendingTx {
    const cid = tx.cid.toString()
    const { address, nonce } = txSender(tx)
    const key = `${address}/${nonce}`
    const other = this.byNonce.get(key)
    if (other !== undefined && other !== cid) throw new LandError('ERR_LAND_NONCE', `nonce ${nonce} of ${address} is already pending (tx ${other})`)
    if (this.txs.size >= this.opts.maxTxs || this.bytes + bytes.length > this.opts.maxBytes) {
      throw new LandError('ERR_BUSY', `the mempool is full (${this.txs.size} txs, ${this.bytes} bytes): try again later`)
    }
    const entry = { cid, tx, bytes, address, nonce, addedMs: this.now() }
    this.txs.set(cid, entry)
    this.byNonce.set(key, cid)
    this.bytes += bytes.length
    return entry
  }

  remove (cid: string): PendingTx | undefined {
    const e = this.txs.get(cid)
    if (e === undefined) return undefined
    this.txs.delete(cid)
    this.byNonce.delete(`${e.address}/${e.nonce}`)
    this.bytes -= e.bytes.length
    return e
  }

  /**
   * The txs of the next block: admission order within the limits, then each sender's txs sorted by
   * nonce in the slots they took (so the executor sees every sender's nonces increasing).
   */
  select (maxTxs: number, maxBytes: number): PendingTx[] {
    const picked: PendingTx[] = []
    let bytes = 0
    for (const e of this.txs.values()) {
      if (picked.length >= maxTxs) break
      if (bytes + e.bytes.length > maxBytes) continue
      picked.push(e)
      bytes += e.bytes.length
    }
    const bySender = new Map<string, PendingTx[]>()
    for (const e of picked) {
      const list = bySender.get(e.address) ?? []
      list.push(e)
      bySender.set(e.address, list)
    }
    for (const list of bySender.values()) list.sort((a, b) => a.nonce - b.nonce)
    const next = new Map<string, number>()
    return picked.map(e => {
      const i = next.get(e.address) ?? 0
      next.set(e.address, i + 1)
      return bySender.get(e.address)![i]
    })
  }

  /** Drops the txs of `address` whose nonce is at most `last`, and every tx older than the ttl. */
  evict (lastNonces: Map<string, number>): PendingTx[] {
    const out: PendingTx[] = []
    const oldest = this.now() - this.opts.ttlMs
    for (const e of this.txs.values()) {
      const last = lastNonces.get(e.address)
      if ((last !== undefined && e.nonce <= last) || e.addedMs < oldest) out.push(e)
    }
    for (const e of out) this.remove(e.cid)
    return out
  }

  /** the oldest pending txs (re-gossiped when a view times out) */
  oldest (n: number): PendingTx[] {
    const out: PendingTx[] = []
    for (const e of this.txs.values()) {
      if (out.length >= n) break
      out.push(e)
    }
    return out
  }
}
