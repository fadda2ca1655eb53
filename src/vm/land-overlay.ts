/**
 * The records of a block being executed: reads fall through to the committed records, writes stay
 * in memory until the block is committed (one batch) or dropped. LocalVM runs over it unchanged,
 * so a network land executes with exactly local.land's code.
 */
import type { VMStorage } from './types.ts'

type Records = VMStorage['records']
export interface RecordOp { key: string, value: Uint8Array | null }

export class RecordsOverlay implements Records {
  private readonly pending = new Map<string, Uint8Array | null>()

  constructor (private readonly base: Records) {}

  async get (key: string): Promise<Uint8Array | undefined> {
    if (this.pending.has(key)) return this.pending.get(key) ?? undefined
    return await this.base.get(key)
  }

  /** atomic like the base's: every op lands in the pending map before anything else runs */
  async batch (ops: RecordOp[]): Promise<void> {
    for (const op of ops) this.pending.set(op.key, op.value)
  }

  async * keys (prefix: string): AsyncIterable<string> {
    const all = new Set<string>()
    for await (const k of this.base.keys(prefix)) all.add(k)
    for (const [k, v] of this.pending) {
      if (!k.startsWith(prefix)) continue
      if (v === null) all.delete(k)
      else all.add(k)
    }
    yield * [...all].sort(byBytes)
  }

  /** the pending writes, in key order */
  ops (): RecordOp[] {
    return [...this.pending.keys()].sort(byBytes).map(key => ({ key, value: this.pending.get(key)! }))
  }

  /** the pending keys under `prefix`, without it */
  changed (prefix: string): string[] {
    return [...this.pending.keys()].filter(k => k.startsWith(prefix)).map(k => k.slice(prefix.length))
  }

  clear (): void { this.pending.clear() }
}

/** the order LevelDB lists keys in (byte order; the same as code unit order for these ASCII keys: paths, addresses, CIDs) */
export function byBytes (a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
