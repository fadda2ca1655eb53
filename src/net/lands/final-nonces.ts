/**
 * The last final nonce of recent senders (protocols/lands.md, "Nonces"), kept in memory: admission
 * needs it for every gossiped tx, and reading it from the executor's records each time was the
 * largest cost of admitting a tx. It stays exact: it changes only when a block is final, where each
 * sender's last nonce becomes the highest of the old one and its nonces in the block (the executor's
 * rule: a tx whose nonce is not above the sender's last fails and uses nothing, any other uses its
 * nonce). Bounded: past `max` senders the oldest leave and are read again when they come back.
 */
export class FinalNonces {
  private readonly last = new Map<string, number>()
  /** bumped at each change of the final state, so that a read begun before it is not kept */
  private epoch = 0

  constructor (private readonly read: (address: string) => Promise<number | undefined>, private readonly max = 50_000) {}

  async get (address: string): Promise<number> {
    const known = this.last.get(address)
    if (known !== undefined) return known
    const epoch = this.epoch
    const value = (await this.read(address)) ?? 0
    if (epoch === this.epoch) {
      if (this.last.size >= this.max) this.last.delete(this.last.keys().next().value!)
      this.last.set(address, value)
    }
    return value
  }

  /** A block is final: its txs' senders and nonces, in block order. */
  final (txs: Iterable<{ address: string, nonce: number }>): void {
    this.epoch++
    for (const { address, nonce } of txs) {
      const l = this.last.get(address)
      if (l !== undefined && nonce > l) this.last.set(address, nonce)
    }
  }

  /** The final state was replaced (state sync): nothing known holds. */
  clear (): void {
    this.epoch++
    this.last.clear()
  }
}
