/**
 * The blocks a transaction's commit writes, held back and priced (protocols/gas.md): each block
 * put is charged storage gas and counted against the land's per-transaction write limit; the
 * blocks reach the store only when the whole commit fits (`flush`), so a commit that runs out
 * of gas or over a limit leaves the store as it was.
 */
import type { CID } from 'multiformats/cid'
import type { BlockStore } from '../store/hamt/index.ts'
import { STATE_GAS_PER_BYTE, STATE_GAS_PER_BLOCK } from '../lang/index.ts'
import { VMError } from './errors.ts'

export class WriteMeter implements BlockStore {
  private readonly pending = new Map<string, { cid: CID, bytes: Uint8Array }>()
  /** bytes of the blocks written so far */
  written = 0

  constructor (
    private readonly store: BlockStore,
    private readonly charge: (gas: number) => void,
    private readonly maxBytes: number
  ) {}

  async get (cid: CID): Promise<Uint8Array> {
    return this.pending.get(cid.toString())?.bytes ?? await this.store.get(cid)
  }

  async put (cid: CID, bytes: Uint8Array): Promise<void> {
    const key = cid.toString()
    if (this.pending.has(key)) return
    this.written += bytes.length
    if (this.written > this.maxBytes) {
      throw new VMError('ERR_STATE_QUOTA', `state write limit exceeded: a transaction may write at most ${this.maxBytes} bytes of state`)
    }
    this.charge(STATE_GAS_PER_BLOCK + bytes.length * STATE_GAS_PER_BYTE)
    this.pending.set(key, { cid, bytes })
  }

  /** writes the held blocks to the store */
  async flush (): Promise<void> {
    for (const b of this.pending.values()) await this.store.put(b.cid, b.bytes)
    this.pending.clear()
  }
}
